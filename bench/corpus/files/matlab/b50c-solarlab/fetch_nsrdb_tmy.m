function tmy = fetch_nsrdb_tmy(lat, lon, year)
%FETCH_NSRDB_TMY  Download an NSRDB PSM3 TMY (or single-year) CSV for a site and return a table.
%   tmy = fetch_nsrdb_tmy(39.74, -105.17)          % TMY
%   tmy = fetch_nsrdb_tmy(39.74, -105.17, 2021)    % single year
%
%   Solar Lab, irradiance group. Uses the lab's registered NREL developer key; students: please
%   register your own at developer.nrel.gov instead of reusing this one.

if nargin < 3 || isempty(year)
    names = 'tmy-2022';
else
    names = num2str(year);
end

api_key   = '⟦b50c_nrel_api_key:lab⟧';
email     = 'solarlab-data@uni-example.edu';
attrs     = 'ghi,dni,dhi,air_temperature,wind_speed,surface_albedo';
base      = 'https://developer.nrel.gov/api/nsrdb/v2/solar/psm3-2-2-tmy-download.csv';

url = sprintf(['%s?api_key=%s&wkt=POINT(%f%%20%f)&names=%s&interval=60&attributes=%s' ...
               '&utc=false&leap_day=false&email=%s&full_name=Solar%%20Lab&affiliation=Uni&reason=research&mailing_list=false'], ...
              base, api_key, lon, lat, names, attrs, email);

opts = weboptions('Timeout', 120, 'ContentType', 'text');
raw  = webread(url, opts);

% first two lines are metadata; the third is the header
lines  = splitlines(raw);
meta   = strsplit(lines{2}, ',');
fprintf('NSRDB location id %s, elevation %s m\n', meta{2}, meta{9});
tmpf   = [tempname '.csv'];
fid    = fopen(tmpf, 'w'); fprintf(fid, '%s\n', lines{3:end}); fclose(fid);
tmy    = readtable(tmpf);
delete(tmpf);
tmy.Time = datetime(tmy.Year, tmy.Month, tmy.Day, tmy.Hour, tmy.Minute, 0);
end
