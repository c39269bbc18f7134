package extract

import "github.com/chronicle-project/chronicle/timeline/tempex"

var defaultTagger Tagger = tempex.Tag
