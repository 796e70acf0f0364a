package main

import "context"

func (m *Main) runCheck(ctx context.Context, args []string) error {
	return usageErrorf("check is not available yet")
}
