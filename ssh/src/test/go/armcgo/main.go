// Command armcgo calls C from a header only the ARM64 test host has (gcb_arm64_host.h).
package main

/*
#include <gcb_arm64_host.h>
*/
import "C"

import "fmt"

func main() {
	fmt.Printf("armcgo: %s C says %d\n", C.GoString(C.gcb_machine()), int(C.gcb_answer(6, 7)))
}
