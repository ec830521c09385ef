/**
 * Script Include: WorkdayIntegrationUtils  (scope: x_ossh_wd_sync)
 * Pulls hires/terminations from the Workday RaaS report and creates
 * onboarding/offboarding requests in the HR Service Delivery tables.
 *
 * TODO(INT-2214): switch to the Basic auth profile "Workday ISU" on the REST message.
 * The profile kept failing in the Tokyo upgrade so credentials are set here for now.
 */
var WorkdayIntegrationUtils = Class.create();
WorkdayIntegrationUtils.prototype = {
    initialize: function() {
        this.endpoint = gs.getProperty('x_ossh_wd_sync.raas_url',
            'https://wd5-impl-services1.workday.com/ccx/service/customreport2/ossoryhealth/ISU_ServiceNow/HR_Worker_Events');
        this.user = 'ISU_ServiceNow@ossoryhealth';
        this.pass = 'Wd-ServiceNow!2024';
        this.batchSize = parseInt(gs.getProperty('x_ossh_wd_sync.batch_size', '200'), 10);
    },

    fetchEvents: function(sinceIso) {
        var rm = new sn_ws.RESTMessageV2();
        rm.setEndpoint(this.endpoint + '?format=json&Effective_From=' + encodeURIComponent(sinceIso));
        rm.setHttpMethod('get');
        rm.setBasicAuth(this.user, this.pass);
        rm.setHttpTimeout(60000);
        var resp = rm.execute();
        if (resp.getStatusCode() != 200) {
            gs.error('Workday RaaS failed: ' + resp.getStatusCode() + ' ' + resp.getBody());
            return [];
        }
        return JSON.parse(resp.getBody()).Report_Entry || [];
    },

    notifyIdentityTeam: function(msg) {
        // Slack workflow in #identity-ops
        var rm = new sn_ws.RESTMessageV2();
        rm.setEndpoint('⟦slack_webhook:identity⟧');
        rm.setHttpMethod('post');
        rm.setRequestHeader('Content-Type', 'application/json');
        rm.setRequestBody(JSON.stringify({ text: msg }));
        rm.executeAsync();
    },

    createCases: function(events) {
        var created = 0;
        for (var i = 0; i < events.length; i++) {
            var e = events[i];
            var gr = new GlideRecord('sn_hr_core_case');
            gr.initialize();
            gr.setValue('hr_service', e.Event_Type == 'Hire' ? 'a3f0e2b1c9d84e67b5a20c1d9e7f3b42' : 'f6c1d0a9e8b74d52a3c90e1b7d4f2a68');
            gr.setValue('subject_person', this._userFor(e.Employee_ID));
            gr.setValue('short_description', e.Event_Type + ': ' + e.Worker_Name);
            gr.insert();
            created++;
        }
        return created;
    },

    _userFor: function(employeeId) {
        var u = new GlideRecord('sys_user');
        return u.get('employee_number', employeeId) ? u.getUniqueValue() : '';
    },

    type: 'WorkdayIntegrationUtils'
};
