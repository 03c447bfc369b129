// Command sshhello prints a greeting and the value of v, which tests set with -ldflags -X.
package main

import (
	"fmt"

	"example.com/sshhello/internal/greet"
)

var v = "dev"

func main() {
	fmt.Println(greet.Hello("ssh"))
	fmt.Println("v=" + v)
}
