package main

// codeByName gives codes to the Natural Earth features that have no ISO
// 3166-1 numeric id in world-atlas, or share one with another feature.
// Kosovo takes the usual user-assigned "KOS"; the others take Natural
// Earth's own ADM0_A3 codes.
var codeByName = map[string]string{
	"Kosovo":                  "KOS",
	"Somaliland":              "SOL",
	"N. Cyprus":               "CYN",
	"Siachen Glacier":         "KAS",
	"Indian Ocean Ter.":       "IOA", // Christmas Island and the Cocos (Keeling) Islands
	"Ashmore and Cartier Is.": "ATC", // world-atlas gives it Australia's 036
	// Only in the 1:10m data.
	"Akrotiri":                "WSB",
	"Bajo Nuevo Bank":         "BJN",
	"Baikonur":                "KAB",
	"Clipperton I.":           "CLP",
	"Coral Sea Is.":           "CSI",
	"Cyprus U.N. Buffer Zone": "CNM",
	"Dhekelia":                "ESB",
	"Scarborough Reef":        "SCR",
	"Serranilla Bank":         "SER",
	"Spratly Is.":             "PGA",
	"USNB Guantanamo Bay":     "USG",
}

// names spells out Natural Earth's abbreviated short names. Names not
// listed are used as the data gives them.
var names = map[string]string{
	"Antigua and Barb.":         "Antigua and Barbuda",
	"Ashmore and Cartier Is.":   "Ashmore and Cartier Islands",
	"Bosnia and Herz.":          "Bosnia and Herzegovina",
	"Br. Indian Ocean Ter.":     "British Indian Ocean Territory",
	"British Virgin Is.":        "British Virgin Islands",
	"Cayman Is.":                "Cayman Islands",
	"Central African Rep.":      "Central African Republic",
	"Congo":                     "Republic of the Congo",
	"Clipperton I.":             "Clipperton Island",
	"Cook Is.":                  "Cook Islands",
	"Coral Sea Is.":             "Coral Sea Islands",
	"Dem. Rep. Congo":           "Democratic Republic of the Congo",
	"Dominican Rep.":            "Dominican Republic",
	"Eq. Guinea":                "Equatorial Guinea",
	"eSwatini":                  "Eswatini",
	"Faeroe Is.":                "Faroe Islands",
	"Falkland Is.":              "Falkland Islands",
	"Fr. Polynesia":             "French Polynesia",
	"Fr. S. Antarctic Lands":    "French Southern and Antarctic Lands",
	"Heard I. and McDonald Is.": "Heard Island and McDonald Islands",
	"Indian Ocean Ter.":         "Australian Indian Ocean Territories",
	"Macedonia":                 "North Macedonia",
	"Marshall Is.":              "Marshall Islands",
	"N. Cyprus":                 "Northern Cyprus",
	"N. Mariana Is.":            "Northern Mariana Islands",
	"Pitcairn Is.":              "Pitcairn Islands",
	"S. Geo. and the Is.":       "South Georgia and the South Sandwich Islands",
	"S. Sudan":                  "South Sudan",
	"Solomon Is.":               "Solomon Islands",
	"Spratly Is.":               "Spratly Islands",
	"St-Barthélemy":             "Saint Barthélemy",
	"St-Martin":                 "Saint Martin",
	"St. Kitts and Nevis":       "Saint Kitts and Nevis",
	"St. Pierre and Miquelon":   "Saint Pierre and Miquelon",
	"St. Vin. and Gren.":        "Saint Vincent and the Grenadines",
	"Turks and Caicos Is.":      "Turks and Caicos Islands",
	"U.S. Virgin Is.":           "U.S. Virgin Islands",
	"USNB Guantanamo Bay":       "Guantánamo Bay Naval Base",
	"W. Sahara":                 "Western Sahara",
	"Wallis and Futuna Is.":     "Wallis and Futuna",
}
