package main

import "context"

func (m *Main) runServe(ctx context.Context, args []string) error {
	return usageErrorf("serve is not available yet")
}
