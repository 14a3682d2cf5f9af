// Package calc is a tiny module the quality-gate tests run `go test` on for a real cover profile.
package calc

// Sign tells whether n is negative, zero or positive.
func Sign(n int) string {
	if n < 0 {
		return "negative"
	}
	if n == 0 {
		return "zero"
	}
	return "positive"
}

// Unused is never called by the tests, so its statements stay uncovered.
func Unused() int {
	x := 1
	return x + 1
}
