package calc

import (
	"os"
	"testing"
)

func TestSignNegative(t *testing.T) {
	if got := Sign(-3); got != "negative" {
		t.Fatalf("Sign(-3) = %q", got)
	}
}

func TestSignZero(t *testing.T) {
	want := "zero"
	if os.Getenv("QG_FAIL") == "1" {
		want = "nothing"
	}
	if got := Sign(0); got != want {
		t.Errorf("Sign(0) = %q, want %q", got, want)
	}
}
