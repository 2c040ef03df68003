package tests

import "testing"

func TestCreateOrder(t *testing.T) {}
