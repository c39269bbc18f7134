package sources

import "github.com/chronicle-project/chronicle/sources/pdf"

func init() { docReaders[PDF] = pdf.Read }
