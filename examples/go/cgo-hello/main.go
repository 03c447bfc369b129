// Command cgo-hello calls a C function and resolves a user and a host name through cgo, the way
// programs that link SQLite or librdkafka need a C compiler for their target.
package main

/*
#include <string.h>
static int greeting_length(const char *s) { return (int)strlen(s); }
*/
import "C"

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	msg := "hello from C"
	cs := C.CString(msg)
	n := int(C.greeting_length(cs))
	u, err := user.LookupId("0")
	name := "?"
	if err == nil {
		name = u.Username
	}
	addrs, _ := net.LookupHost("localhost")
	fmt.Printf("cgo-hello: strlen(%q)=%d, uid 0 is %s, localhost has %d addresses\n", msg, n, name, len(addrs))
}
