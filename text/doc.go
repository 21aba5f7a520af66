// Package text splits a cleaned document into paragraphs, sentences and
// tokens, each with byte offsets into the text, and tags tokens with their
// part of speech.
//
// Segmentation is rule-based and written for the texts rashomon reads:
// headlines and datelines without a full stop are sentences of their own,
// abbreviations ("Nov.", "Col. Gen.", "U.S.") and initials do not end a
// sentence, a full stop after a number does, and closing quotation marks go
// with the sentence they close. Neither Punkt (neurosnap/sentences) nor
// prose split after a number or a curly quote, or on paragraph breaks, so
// the segmenter is our own.
package text
