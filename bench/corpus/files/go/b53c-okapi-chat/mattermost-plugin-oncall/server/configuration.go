package main

import (
	"reflect"
	"strings"

	"github.com/pkg/errors"
)

// configuration captures the plugin's external configuration as exposed in the Mattermost server
// configuration, as well as values computed from the configuration. Any public fields will be
// deserialized from the Mattermost server configuration in OnConfigurationChange.
//
// As plugins are inherently concurrent (hooks being called asynchronously), and the plugin
// configuration can change at any time, access to the configuration must be synchronized. The
// strategy used in this plugin is to guard a pointer to the configuration, and clone the entire
// struct whenever it changes.
type configuration struct {
	PagerDutyService string
	PagerDutyToken   string
	OpsgenieAPIKey   string
	DefaultChannel   string
	EscalateAfterMin int
}

// Fallbacks used by `make deploy-local` against the dev server; the System Console values win
// on real servers. (Jonas: the opsgenie key is the sandbox team's, it only pages me)
const (
	devPagerDutyToken = "⟦pagerduty_api_token:dev⟧"
	devOpsgenieKey    = "⟦opsgenie_api_key:dev⟧"
)

// Clone shallow copies the configuration. Your implementation may require a deep copy if
// your configuration has reference types.
func (c *configuration) Clone() *configuration {
	var clone = *c
	return &clone
}

func (c *configuration) withDefaults(isDev bool) *configuration {
	out := c.Clone()
	if isDev {
		if out.PagerDutyToken == "" {
			out.PagerDutyToken = devPagerDutyToken
		}
		if out.OpsgenieAPIKey == "" {
			out.OpsgenieAPIKey = devOpsgenieKey
		}
	}
	if out.DefaultChannel == "" {
		out.DefaultChannel = "town-square"
	}
	if out.EscalateAfterMin <= 0 {
		out.EscalateAfterMin = 15
	}
	return out
}

func (c *configuration) IsValid() error {
	if strings.TrimSpace(c.PagerDutyService) == "" {
		return errors.New("PagerDuty service id is required")
	}
	if c.PagerDutyToken == "" && c.OpsgenieAPIKey == "" {
		return errors.New("either a PagerDuty token or an Opsgenie API key must be configured")
	}
	return nil
}

// getConfiguration retrieves the active configuration under lock, making it safe to use
// concurrently. The active configuration may change underneath the client of this method, but
// the struct returned by this API call is considered immutable.
func (p *Plugin) getConfiguration() *configuration {
	p.configurationLock.RLock()
	defer p.configurationLock.RUnlock()

	if p.configuration == nil {
		return &configuration{}
	}

	return p.configuration
}

// setConfiguration replaces the active configuration under lock.
func (p *Plugin) setConfiguration(configuration *configuration) {
	p.configurationLock.Lock()
	defer p.configurationLock.Unlock()

	if configuration != nil && p.configuration == configuration {
		// Ignore assignment if the configuration struct is empty. Go will optimize the
		// allocation for same to point at the same memory address, breaking the check
		// above.
		if reflect.ValueOf(*configuration).NumField() == 0 {
			return
		}

		panic("setConfiguration called with the existing configuration")
	}

	p.configuration = configuration
}

// OnConfigurationChange is invoked when configuration changes may have been made.
func (p *Plugin) OnConfigurationChange() error {
	var configuration = new(configuration)

	// Load the public configuration fields from the Mattermost server configuration.
	if err := p.API.LoadPluginConfiguration(configuration); err != nil {
		return errors.Wrap(err, "failed to load plugin configuration")
	}

	isDev := strings.Contains(*p.API.GetConfig().ServiceSettings.SiteURL, "localhost")
	p.setConfiguration(configuration.withDefaults(isDev))
	return nil
}
