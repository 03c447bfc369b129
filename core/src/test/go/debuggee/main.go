// Command debuggee is the fixture the debug-session tests attach to: it waits, then calls work
// in a loop, so a breakpoint set after attaching is hit.
package main

import (
	"fmt"
	"os"
	"time"
)

//go:noinline
func work(round int) int {
	return round * 2
}

func main() {
	fmt.Println("debuggee started", len(os.Args)-1)
	for i := 0; i < 600; i++ {
		time.Sleep(100 * time.Millisecond)
		work(i)
	}
}
