package export_test

import (
	"fmt"
	"os"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/export"
)

func ExampleWrite() {
	lat, lon := 40.2, 45.98
	rows := []rashomon.EventRow{{
		Event: rashomon.Event{
			ID: "d1-e1", DocID: "d1", Type: rashomon.ASSAULT, Mode: "drone", CAMEO: "195",
			Source:   &rashomon.Participant{Actor: rashomon.ActorRef{Country: "AZE", Sector: "MIL"}, Text: "a drone"},
			Claimant: rashomon.Claimant{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}},
			Stance:   rashomon.Asserted,
			Date:     rashomon.Day(2024, 5, 14),
			Location: &rashomon.Location{Place: rashomon.Place{ID: "sotk", Name: "Sotk", Kind: "village", Country: "ARM",
				Lat: &lat, Lon: &lon}, Precision: "point"},
		},
		Quote: "A drone struck Sotk.",
	}, {
		Event: rashomon.Event{ID: "d1-e2", DocID: "d1", Type: rashomon.ACCUSE, CAMEO: "112"},
		Quote: "The ministry accused the other side.",
	}}
	stats, err := export.Write(os.Stdout, export.GeoJSON, export.Slice(rows), export.Options{})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d written, %d without coordinates\n", stats.Written, stats.Unlocated)
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"type":"Feature","id":"d1-e1","geometry":{"type":"Point","coordinates":[45.98,40.2]},"properties":{"id":"d1-e1","doc":"d1","date":"2024-05-14","date_end":"","date_precision":"day","type":"ASSAULT","mode":"drone","cameo":"195","source":"AZEMIL","source_text":"a drone","target":"","target_text":"","claimant":"ARMMIL","claimant_text":"","stance":"asserted","negated":false,"place_id":"sotk","place_name":"Sotk","place_country":"ARM","place_precision":"point","counts":"","trigger":"","rule":"","incident":"","doc_title":"","doc_url":"","issuer":"","published":"","quote":"A drone struck Sotk."}}
	// ]}
	// 1 written, 1 without coordinates
}

func ExampleGDELTEventID() {
	fmt.Println(export.GDELTEventID("d1-e1"))
	// Output: 5305715531905871990
}
