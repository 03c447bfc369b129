// Package greet builds the greeting, so the test module has more than one directory to sync.
package greet

// Hello returns the greeting for name.
func Hello(name string) string {
	return "hello " + name
}
