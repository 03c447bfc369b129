// Command sshcgo calls a C function and links the cgo parts of net and os/user.
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
	fmt.Printf("sshcgo: C says %d (%t, %t)\n", int(C.answer(6, 7)), userErr == nil, hostErr == nil)
}
