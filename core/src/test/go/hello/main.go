// Command hello is the fixture the binary-proof tests cross-compile for many targets.
// It imports net and os/user so that a native cgo build links libc dynamically.
package main

import (
	"fmt"
	"net"
	"os"
	"os/user"
	"runtime"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Printf("hello 1.0 %s/%s\n", runtime.GOOS, runtime.GOARCH)
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "--fail" {
		fmt.Println("failing on request")
		os.Exit(3)
	}
	name := "unknown"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	_, err := net.LookupHost("localhost")
	fmt.Printf("hello %s (lookup ok: %v)\n", name, err == nil)
}
