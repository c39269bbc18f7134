package timeml_test

import (
	"fmt"

	"github.com/chronicle-project/chronicle/sources/timeml"
)

func ExampleParse() {
	src := `<TimeML>
<DOCID>NYT_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Officials <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> at Dean &amp; Co.</TEXT>
</TimeML>`
	doc, err := timeml.Parse("nyt.tml", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.DocID, doc.Ref)
	fmt.Printf("%q\n", doc.Text)
	for _, x := range doc.Timexes {
		fmt.Println(x.TID, x.Type, x.Value, x.Start, x.End, x.Text)
	}
	_, err = timeml.Parse("bad.tml", []byte("<TimeML>\n<TEXT>a <EVENT>b</TEXT>"))
	fmt.Println(err)
	// Output:
	// NYT_1 2013-03-22
	// "Officials met Thursday at Dean & Co."
	// t1 DATE 2013-03-21 14 22 Thursday
	// bad.tml:2:17: </TEXT> closes <EVENT> opened at 2:9
}
