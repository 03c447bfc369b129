// Command hello-service is GoCrossBuild's example program: a tiny HTTP service that touches net
// and os/user (the packages that use cgo on Linux by default), with a --version flag.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os/user"
	"runtime"
)

// version is set at link time: -ldflags "-X main.version=1.2.3".
var version = "dev"

func main() {
	showVersion := flag.Bool("version", false, "print version and platform, then exit")
	addr := flag.String("listen", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	if *showVersion {
		fmt.Printf("hello-service %s %s/%s\n", version, runtime.GOOS, runtime.GOARCH)
		return
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		name := "unknown"
		if u, err := user.Current(); err == nil {
			name = u.Username
		}
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		fmt.Fprintf(w, "hello %s from %s, served by %s on %s/%s\n", host, version, name, runtime.GOOS, runtime.GOARCH)
	})
	log.Printf("hello-service %s listening on %s", version, *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}
