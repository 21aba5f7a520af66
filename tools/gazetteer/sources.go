package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// country is the part of a world-countries record the tool uses.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Official string `json:"official"`
			Common   string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string            `json:"cca2"`
	CCA3         string            `json:"cca3"`
	Capital      []string          `json:"capital"`
	AltSpellings []string          `json:"altSpellings"`
	Languages    map[string]string `json:"languages"`
	LatLng       []float64         `json:"latlng"`
}

func readCountries(path string) ([]*country, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []*country
	if err := json.Unmarshal(data, &cs); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, c := range cs {
		// world-countries gives Kosovo the user-assigned "UNK"; the
		// project uses KOS, as GeoNames' XK maps here.
		if c.CCA2 == "XK" {
			c.CCA3 = "KOS"
		}
	}
	return cs, nil
}

// subdivision is one first-level region of iso3166-2-db.
type subdivision struct {
	Name      string            `json:"name"`
	Names     map[string]string `json:"names"`
	ISO       string            `json:"iso"`
	Admin     string            `json:"admin"` // GeoNames admin1 code
	Reference struct {
		GeoNames int64 `json:"geonames"`
	} `json:"reference"`
}

// subdivCountry is one country of iso3166-2-db with its regions.
type subdivCountry struct {
	ISO     string            `json:"iso"`
	ISO3    string            `json:"iso3"`
	Names   map[string]string `json:"names"`
	Regions []*subdivision    `json:"regions"`
}

func readSubdivisions(path string) (map[string]*subdivCountry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]*subdivCountry{}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return m, nil
}

// city is one record of GeoNames' cities500.txt.
type city struct {
	ID          int64
	Name        string
	ASCII       string
	Alternates  []string
	Lat, Lon    float64
	FeatureCode string
	Country     string // alpha-2
	Admin1      string
	Population  int64
}

// readCities reads the GeoNames dump: tab-separated, 19 columns, see
// https://download.geonames.org/export/dump/readme.txt.
func readCities(path string) ([]*city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			return nil, fmt.Errorf("%s:%d: %d columns", path, line, len(fs))
		}
		c := &city{Name: fs[1], ASCII: fs[2], FeatureCode: fs[7], Country: fs[8], Admin1: fs[10]}
		var errs [4]error
		c.ID, errs[0] = strconv.ParseInt(fs[0], 10, 64)
		c.Lat, errs[1] = strconv.ParseFloat(fs[4], 64)
		c.Lon, errs[2] = strconv.ParseFloat(fs[5], 64)
		if fs[14] != "" {
			c.Population, errs[3] = strconv.ParseInt(fs[14], 10, 64)
		}
		for _, e := range errs {
			if e != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, line, e)
			}
		}
		if fs[3] != "" {
			c.Alternates = strings.Split(fs[3], ",")
		}
		out = append(out, c)
	}
	return out, sc.Err()
}
