package lexicon

import (
	"github.com/rashomon-project/rashomon"
)

// holds reports whether r covers date d (an unknown date is covered by
// every role).
func (r Role) holds(d rashomon.Date) bool {
	if d.IsZero() {
		return true
	}
	if !r.From.IsZero() && d.Last().Before(r.From.Time()) {
		return false
	}
	if !r.To.IsZero() && d.Time().After(r.To.Last()) {
		return false
	}
	return true
}

func (r Role) describe() string {
	s := r.Office
	if r.Country != nil {
		s += " (" + *r.Country + " " + r.Sector + ")"
	} else {
		s += " (" + r.Sector + ")"
	}
	if !r.From.IsZero() {
		s += " from " + r.From.String()
	}
	if !r.To.IsZero() {
		s += " to " + r.To.String()
	}
	return s
}

// roleAt returns the person's role at d: the one in force, else the most
// recent one; ok is false when none was in force.
func (p *Person) roleAt(d rashomon.Date) (Role, bool) {
	var best Role
	found := false
	for _, r := range p.Roles {
		if r.holds(d) {
			if !found || r.From.Time().After(best.From.Time()) {
				best, found = r, true
			}
		}
	}
	if found {
		return best, true
	}
	for i, r := range p.Roles {
		if i == 0 || r.From.Time().After(best.From.Time()) {
			best = r
		}
	}
	return best, d.IsZero()
}

// heldAt reports whether the person held office at d.
func (p *Person) heldAt(office string, d rashomon.Date) bool {
	for _, r := range p.Roles {
		if r.Office == office && r.holds(d) {
			return true
		}
		if len(r.Office) > 7 && r.Office[:7] == "Acting " && r.Office[7:] == office && r.holds(d) {
			return true
		}
	}
	return false
}
