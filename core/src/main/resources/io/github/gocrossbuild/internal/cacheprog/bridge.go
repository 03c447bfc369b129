// Command gocrossbuild-cacheprog is the GOCACHEPROG program GoCrossBuild gives the go command: it
// connects the go command's cache protocol (cmd/go/internal/cacheprog, Go 1.24) on its standard
// input and output to GoCrossBuild's action cache, served over TCP by the JVM that runs the build.
// GoCrossBuild builds it from this source with the toolchain that runs it; it is never shipped as a
// binary.
//
// Environment:
//
//	GOCROSSBUILD_CACHEPROG_ADDR   host:port of the cache server (127.0.0.1, or a forwarded port)
//	GOCROSSBUILD_CACHEPROG_TOKEN  the build's secret, sent first so nobody else is served
//	GOCROSSBUILD_CACHEPROG_DIR    set on a remote host: where bodies are written as local files
//
// Without GOCROSSBUILD_CACHEPROG_DIR the bytes are copied both ways unchanged (the server's
// DiskPath files are on this machine). With it, put bodies are written here before they are
// forwarded, get hits arrive with their body (a "BodySize" member, its line followed by exactly
// that many bytes, raw or with "Deflated":true compressed), and every DiskPath names a file in that directory. On
// connect it lists the objects already there, and the server answers their hits with "Held":true
// and no bytes. Between responses the server may push objects the go command will probably ask
// for ({"Push":true,...} and BodySize raw bytes, never forwarded to the go command): they are
// written here like a hit's body, and a later hit on one of them comes as "Held":true.
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

type request struct {
	ID       int64
	Command  string
	ActionID []byte `json:",omitempty"`
	OutputID []byte `json:",omitempty"`
	BodySize int64  `json:",omitempty"`
	ObjectID []byte `json:",omitempty"`
}

type response struct {
	ID            int64
	Err           string          `json:",omitempty"`
	KnownCommands []string        `json:",omitempty"`
	Miss          bool            `json:",omitempty"`
	OutputID      []byte          `json:",omitempty"`
	Size          int64           `json:",omitempty"`
	Time          json.RawMessage `json:",omitempty"`
	DiskPath      string          `json:",omitempty"`
	BodySize      int64           `json:",omitempty"`
	Held          bool            `json:",omitempty"`
	Push          bool            `json:",omitempty"`
	Deflated      bool            `json:",omitempty"`
}

func main() {
	addr := os.Getenv("GOCROSSBUILD_CACHEPROG_ADDR")
	token := os.Getenv("GOCROSSBUILD_CACHEPROG_TOKEN")
	dir := os.Getenv("GOCROSSBUILD_CACHEPROG_DIR")
	if addr == "" || token == "" {
		fail(errors.New("GOCROSSBUILD_CACHEPROG_ADDR and GOCROSSBUILD_CACHEPROG_TOKEN must be set"))
	}
	conn, err := net.DialTimeout("tcp", addr, 30*time.Second)
	if err != nil {
		fail(err)
	}
	mode := "local"
	if dir != "" {
		mode = "remote"
		if err := os.MkdirAll(dir, 0o700); err != nil {
			fail(err)
		}
	}
	if mode == "remote" {
		// The outputs this host already holds: the server sends their hits without the bytes.
		held := inventory(dir)
		mode = fmt.Sprintf("remote %d\n%s", len(held), strings.Join(held, ""))
		mode = strings.TrimSuffix(mode, "\n")
	}
	if _, err := fmt.Fprintf(conn, "%s %s\n", token, mode); err != nil {
		fail(err)
	}
	if dir == "" {
		go func() {
			io.Copy(conn, os.Stdin)
			conn.(*net.TCPConn).CloseWrite()
		}()
		if _, err := io.Copy(os.Stdout, conn); err != nil {
			fail(err)
		}
		return
	}
	r := &relay{dir: dir, conn: conn, kinds: map[int64]string{}, puts: map[int64]string{}}
	go r.requests()
	r.responses()
}

// inventory lists the objects in dir as "<output ID in hex> <size>\n" lines.
func inventory(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var held []string
	for _, e := range entries {
		name := e.Name()
		if len(name) != 66 || !strings.HasPrefix(name, "o-") || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && len(held) < 1<<20 {
			held = append(held, fmt.Sprintf("%s %d\n", name[2:], info.Size()))
		}
	}
	return held
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "gocrossbuild-cacheprog: %v\n", err)
	os.Exit(1)
}

// relay materializes bodies in dir so that every DiskPath is a file on this machine.
type relay struct {
	dir   string
	conn  net.Conn
	mu    sync.Mutex
	kinds map[int64]string // request ID to command
	puts  map[int64]string // put request ID to the file its body was written to
}

// requests forwards the go command's requests, writing each put body to dir first.
func (r *relay) requests() {
	dec := json.NewDecoder(bufio.NewReader(os.Stdin))
	w := bufio.NewWriter(r.conn)
	enc := json.NewEncoder(w)
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if err != io.EOF {
				fail(err)
			}
			break
		}
		var body []byte
		if req.Command == "put" && req.BodySize > 0 {
			if err := dec.Decode(&body); err != nil {
				fail(err)
			}
			if int64(len(body)) != req.BodySize {
				fail(fmt.Errorf("put %d: body has %d bytes, not %d", req.ID, len(body), req.BodySize))
			}
		}
		r.mu.Lock()
		r.kinds[req.ID] = req.Command
		r.mu.Unlock()
		if req.Command == "put" {
			path, err := r.write(req.OutputID, body)
			if err != nil {
				fail(err)
			}
			r.mu.Lock()
			r.puts[req.ID] = path
			r.mu.Unlock()
		}
		if err := enc.Encode(&req); err != nil {
			fail(err)
		}
		if len(body) > 0 {
			if err := enc.Encode(body); err != nil {
				fail(err)
			}
		}
		if err := w.Flush(); err != nil {
			fail(err)
		}
	}
	r.conn.(*net.TCPConn).CloseWrite()
}

// responses forwards the server's responses, turning each body into a DiskPath.
func (r *relay) responses() {
	in := bufio.NewReaderSize(r.conn, 1<<16)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for {
		line, err := in.ReadBytes('\n')
		if err == io.EOF && len(line) == 0 {
			return
		}
		if err != nil {
			fail(err)
		}
		var res response
		if err := json.Unmarshal(line, &res); err != nil {
			fail(err)
		}
		var body []byte
		if res.BodySize > 0 {
			if res.BodySize > 1<<32 {
				fail(fmt.Errorf("response %d: a body of %d bytes", res.ID, res.BodySize))
			}
			body = make([]byte, res.BodySize)
			if _, err := io.ReadFull(in, body); err != nil {
				fail(err)
			}
			if res.Deflated {
				body = inflate(body, res.Size)
			}
		}
		if res.Push {
			// Checked by the server against its output ID, like a hit's body; the go command
			// never sees the push itself.
			if len(res.OutputID) == 32 && int64(len(body)) == res.Size {
				if _, err := r.write(res.OutputID, body); err != nil {
					fail(err)
				}
			}
			continue
		}
		r.mu.Lock()
		kind := r.kinds[res.ID]
		put := r.puts[res.ID]
		delete(r.kinds, res.ID)
		delete(r.puts, res.ID)
		r.mu.Unlock()
		switch {
		case kind == "put" && res.Err == "":
			res.DiskPath = put
		case kind == "get" && !res.Miss && res.Err == "":
			// The server checked the bytes against their output ID before sending them, and SSH
			// protects them on the way; crypto/sha256 is left out to keep this program quick to
			// build on a host whose GOCACHE is empty.
			res.DiskPath = ""
			if res.Held && len(res.OutputID) == 32 {
				// An object this bridge wrote earlier and listed on connect: its own file.
				path := filepath.Join(r.dir, fmt.Sprintf("o-%x", res.OutputID))
				if st, err := os.Stat(path); err == nil && st.Size() == res.Size {
					res.DiskPath = path
				} else {
					res = response{ID: res.ID, Miss: true}
				}
				break
			}
			if int64(len(body)) != res.Size || len(res.OutputID) != 32 {
				res = response{ID: res.ID, Miss: true}
				break
			}
			path, err := r.write(res.OutputID, body)
			if err != nil {
				fail(err)
			}
			res.DiskPath = path
		}
		res.BodySize = 0
		res.Held = false
		if err := enc.Encode(&res); err != nil {
			fail(err)
		}
		if err := out.Flush(); err != nil {
			fail(err)
		}
	}
}

// inflate decompresses a raw DEFLATE body of size bytes; nil when it is not that (the size check
// after it then refuses the body).
func inflate(body []byte, size int64) []byte {
	if size < 0 || size > 1<<32 {
		return nil
	}
	r := flate.NewReader(bytes.NewReader(body))
	out := make([]byte, size+1)
	n, err := io.ReadFull(r, out)
	if err != io.ErrUnexpectedEOF || int64(n) != size {
		return nil
	}
	return out[:n]
}

// write stores a body under its output ID: a temporary file renamed into place, kept after close.
func (r *relay) write(outputID []byte, body []byte) (string, error) {
	path := filepath.Join(r.dir, fmt.Sprintf("o-%x", outputID))
	if st, err := os.Stat(path); err == nil && st.Size() == int64(len(body)) {
		return path, nil
	}
	f, err := os.CreateTemp(r.dir, ".tmp-*")
	if err != nil {
		return "", err
	}
	if _, err := f.Write(body); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return path, os.Rename(f.Name(), path)
}
