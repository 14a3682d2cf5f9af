// Fails on its first run only (a marker file in $QG_STATE remembers), so gotestsum --rerun-fails retries it.
package calc

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFlakyOnce(t *testing.T) {
	marker := filepath.Join(os.Getenv("QG_STATE"), "flaky-ran")
	if _, err := os.Stat(marker); err != nil {
		os.WriteFile(marker, []byte("1"), 0o644)
		t.Fatal("fails on the first run only")
	}
}
