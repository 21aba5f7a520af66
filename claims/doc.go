// Package claims owns what rashomon says about claims rather than events:
// which accounts tell of the same happening (incidents), where the sides'
// accounts of an incident contradict each other or agree, and the loaded
// words each issuer uses (framing).
//
// Incidents are built incrementally: a document joins the incidents whose
// dates and places (one place under each side's name counts as one) or
// sides are compatible with its own, through indexes by date bucket, place
// and country pair, so that adding a document costs about the same however
// many are stored. Reprints of one statement join the same incident but
// never count as independent corroboration.
package claims
