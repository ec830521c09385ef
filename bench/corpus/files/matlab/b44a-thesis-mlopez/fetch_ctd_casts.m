%% fetch_ctd_casts.m
% Pull CTD casts for Loch Fyne from the SAMS data portal and the Met Office DataHub,
% then merge with our own casts. Chapter 3.
%
% M. López, 2023. Requires MATLAB R2022b+ (webread/weboptions).

clear; close all;

stations = {'LF01','LF02','LF03','LF07','LF11'};
t0 = datetime(2022,3,1); t1 = datetime(2023,10,31);

% --- SAMS portal: basic auth (account shared by the Reyes group) ---
samsUser = 'reyes-group';
samsPass = 'Kelp&Krill2022';
opts = weboptions('Username', samsUser, 'Password', samsPass, ...
                  'Timeout', 60, 'ContentType', 'json');

casts = table();
for k = 1:numel(stations)
    url = sprintf('https://data.sams.ac.uk/api/ctd?station=%s&from=%s&to=%s', ...
        stations{k}, datestr(t0,'yyyy-mm-dd'), datestr(t1,'yyyy-mm-dd'));
    raw = webread(url, opts);
    casts = [casts; struct2table(raw.casts)]; %#ok<AGROW>
end

% --- Met Office Weather DataHub (site-specific), key header ---
metKey = '⟦jwt_rs256:metoffice⟧';
metOpts = weboptions('HeaderFields', {'apikey', metKey; 'accept', 'application/json'}, 'Timeout', 60);
wx = webread('https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point/hourly?latitude=56.05&longitude=-5.28', metOpts);

% --- merge with our own casts (exported from the CTD software) ---
own = readtable('data/ch3/ctd_casts_qc.csv');
merged = outerjoin(own, casts, 'Keys', {'station','cast_time'}, 'MergeKeys', true);
writetable(merged, 'data/ch3/ctd_casts_merged.csv');
fprintf('%d casts merged (%d ours)\n', height(merged), height(own));
