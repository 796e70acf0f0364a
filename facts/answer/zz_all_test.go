package answer

import (
	"os"
	"strings"
)

func init() {
	if p := os.Getenv("FD_PARTS"); p != "" {
		devParts = strings.Fields(p)
	}
}
