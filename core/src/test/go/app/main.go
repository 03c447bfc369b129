// Command app is the core module's test program: std-lib only, touches net and os/user so that
// cgo matters on Linux, and prints its version and platform.
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"os/user"
	"runtime"
)

var version = "dev"

func main() {
	showVersion := flag.Bool("version", false, "print version and platform")
	flag.Parse()
	if *showVersion {
		fmt.Printf("app %s %s/%s\n", version, runtime.GOOS, runtime.GOARCH)
		return
	}
	_, _ = user.Current()
	_, _ = net.LookupHost("localhost")
	fmt.Fprintln(os.Stderr, "app: pass --version")
}
