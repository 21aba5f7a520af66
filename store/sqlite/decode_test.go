package sqlite

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"
	"testing/quick"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/rashomon-project/rashomon"
)

// TestEventBodiesDecodeAlike checks that the JSON v2 decoder the listings
// use reads a body written by encoding/json to the value encoding/json
// reads: events with every field filled at random, then round-tripped.
func TestEventBodiesDecodeAlike(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	typ := reflect.TypeFor[rashomon.Event]()
	for i := range 300 {
		v, ok := quick.Value(typ, r)
		if !ok {
			t.Fatalf("cannot generate a %v", typ)
		}
		validDates(v, r)
		body, err := json.Marshal(v.Interface())
		if err != nil {
			t.Fatal(err)
		}
		var v1, v2 rashomon.Event
		if err := json.Unmarshal(body, &v1); err != nil {
			t.Fatal(err)
		}
		if err := jsonv2.Unmarshal(body, &v2); err != nil {
			t.Fatalf("case %d: v2 cannot read %s: %v", i, body, err)
		}
		if !reflect.DeepEqual(v1, v2) {
			t.Fatalf("case %d: %s\nv1: %+v\nv2: %+v", i, body, v1, v2)
		}
	}
}

// validDates replaces every date inside v, made of random numbers, by a
// random real one: a date is written as text and must parse.
func validDates(v reflect.Value, r *rand.Rand) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			validDates(v.Elem(), r)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[rashomon.Date]() {
			d := rashomon.Date{Year: 1900 + r.Intn(200)}
			if r.Intn(3) > 0 {
				d.Month = 1 + r.Intn(12)
				if r.Intn(2) > 0 {
					d.Day = 1 + r.Intn(28)
				}
			}
			v.Set(reflect.ValueOf(d))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				validDates(v.Field(i), r)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			validDates(v.Index(i), r)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			validDates(e, r)
			v.SetMapIndex(k, e)
		}
	}
}
