// Package coder codes events from a document's sentences: who (source) did
// what (PLOVER type and mode, CAMEO code) to whom (target), where, when and
// how many, as claimed by whom, with the span that states it and the rule
// that produced each field.
//
// It works on part-of-speech-tagged tokens and the lexicon's mentions.
// Triggers come from readable pattern files (data/verbs.yaml): verbs,
// multiword phrases and nominalisations. Roles come from the clause's
// structure rather than word order alone: the verb group gives voice
// (active or passive), tense, modality and negation; the subject is found
// within the clause (through relative pronouns, control verbs and
// coordination), the target in the object or the preposition the pattern
// names, the agent of a passive in its "by" or "from" phrase, and a
// nominalisation's roles in its "of", possessive and adjective. Reporting
// verbs ("said that", "according to") and quotations give events their
// claimant; demands take what they demand as content rather than as an
// event of their own.
//
// Knowledge of the world (who is who, where is where) belongs to package
// lexicon; this package only reads its mentions.
package coder
