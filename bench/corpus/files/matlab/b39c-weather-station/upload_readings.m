function upload_readings(csvFile)
%UPLOAD_READINGS Push the logger CSV to ThingSpeak and text the caretaker on frost.
%   upload_readings('logs/station_2024-11-02.csv')
%
%   Channel 2301877 "Orchard station" (private). Fields:
%     1 air temp (C)   2 rel. humidity (%)   3 soil moisture (%)   4 battery (V)
%
%   Written for the allotment association, R2023b, needs the ThingSpeak support toolbox.

if nargin < 1
    d = dir(fullfile('logs', 'station_*.csv'));
    [~, i] = max([d.datenum]);
    csvFile = fullfile(d(i).folder, d(i).name);
end

channelID   = 2301877;
writeAPIKey = '⟦b39c_thingspeak_write_key⟧';
readAPIKey  = '⟦b39c_thingspeak_read_key⟧';

% Twilio for the frost alert SMS
twilioSid   = '⟦twilio_account_sid⟧';
twilioToken = '⟦twilio_auth_token⟧';
twilioFrom  = '+441618502284';
caretaker   = '+447700900461';

T = readtimetable(csvFile, 'VariableNamingRule', 'preserve');
T = retime(T, 'regular', 'mean', 'TimeStep', minutes(15));
T = rmmissing(T);

% ThingSpeak bulk-write accepts at most 960 rows per call
chunk = 960;
for k = 1:chunk:height(T)
    part = T(k:min(k + chunk - 1, height(T)), {'air_temp', 'rh', 'soil', 'vbat'});
    thingSpeakWrite(channelID, part, 'WriteKey', writeAPIKey);
    pause(16);   % free tier: one update per 15 s
end
fprintf('uploaded %d rows from %s\n', height(T), csvFile);

% compare against the last 24 h already on the channel
prev = thingSpeakRead(channelID, 'Fields', 1, 'NumMinutes', 1440, ...
    'ReadKey', readAPIKey, 'OutputFormat', 'timetable');
minTemp = min([prev.AirTemp; T.air_temp]);

if minTemp < 0.5
    msg = sprintf('Orchard station: frost risk, min %.1f C at %s. Cover the seedlings!', ...
        minTemp, datestr(T.Properties.RowTimes(find(T.air_temp == min(T.air_temp), 1)), 'HH:MM'));
    url = sprintf('https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json', twilioSid);
    opts = weboptions('Username', twilioSid, 'Password', twilioToken, ...
        'MediaType', 'application/x-www-form-urlencoded', 'Timeout', 20);
    resp = webwrite(url, 'To', caretaker, 'From', twilioFrom, 'Body', msg, opts);
    fprintf('frost alert sent: %s\n', resp.sid);
end
end
