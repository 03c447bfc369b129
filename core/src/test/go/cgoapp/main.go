// Command cgoapp calls a C function and links the cgo parts of net and os/user, so a build with
// cgo on needs a working C compiler for the target and links the target's libc dynamically.
package main

/*
static int answer(int a, int b) { return a * b; }
*/
import "C"

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	_, userErr := user.LookupId("0")
	_, hostErr := net.LookupHost("localhost")
	fmt.Printf("cgoapp: C says %d\n", int(C.answer(6, 7)))
	fmt.Printf("cgoapp: lookups done (%t, %t)\n", userErr == nil, hostErr == nil)
}
