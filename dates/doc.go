// Package dates finds and reads calendar expressions in text: publication
// timestamps in page metadata ("2024-05-14T09:30:00+04:00", RFC 822 feed
// dates), datelines at the head of a text ("July 29, 2023 09:19",
// "YEREVAN, April 11. /TASS/", "Baku city ... 07.10.2021"), and dates inside
// sentences ("on March 24", "since November 2020", "in May and November
// 2021"), each with its byte span and precision.
//
// A date-like expression that is not a valid date ("07.10.202") is reported
// as unparseable; the package never guesses a missing digit or year.
// Resolving relative expressions ("today", "on Saturday") against a
// reference date is done by Resolve.
package dates
