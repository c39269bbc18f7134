package sources

import "github.com/chronicle-project/chronicle/sources/docx"

func init() { docReaders[DOCX] = docx.Read }
