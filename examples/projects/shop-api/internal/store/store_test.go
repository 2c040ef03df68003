package store

import "testing"

func TestPageSize(t *testing.T) {
	if PageSize <= 0 {
		t.Fatal("page size must be positive")
	}
}
