// Command tool is a second main package, for output naming tests.
package main

import "fmt"

func main() { fmt.Println("tool") }
