using System;
using System.Data;
using System.Data.Odbc;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ridgeline.CoreBridge.Host
{
    /// <summary>
    /// Thin wrapper over the IBM i Access ODBC driver. Opens one connection per unit of work;
    /// the driver pools underneath. Calls QSYS2.QCMDEXC for the few CL commands we still need
    /// (data queue clears, member adds) because the CNVODBC profile has LMTCPB(*YES).
    /// </summary>
    public sealed class As400Session : IAsyncDisposable
    {
        // Dev LPAR fallback for people running the service from Visual Studio without
        // user-secrets. as400dev only - do not point this at prod.
        private const string DevUser = "MWHDEV";
        private const string DevPassword = "⟦b55a_ibmi_password:mwhdev⟧";

        private readonly ILogger<As400Session> _log;
        private readonly OdbcConnection _conn;

        public As400Session(IOptions<HostOptions> options, ILogger<As400Session> log)
        {
            _log = log;
            var o = options.Value;
            var user = string.IsNullOrEmpty(o.SignOn?.User) ? DevUser : o.SignOn.User;
            var pwd = string.IsNullOrEmpty(o.SignOn?.Pwd) ? DevPassword : o.SignOn.Pwd;
            var cs = $"Driver={{IBM i Access ODBC Driver}};System={o.System};UID={user};PWD={pwd};" +
                     $"Naming=1;DefaultLibraries={o.LibraryList};CommitMode=0;SSL=1;";
            _conn = new OdbcConnection(cs);
        }

        public async Task OpenAsync(CancellationToken ct)
        {
            if (_conn.State != ConnectionState.Open)
            {
                await _conn.OpenAsync(ct);
                _log.LogDebug("ODBC connection open to {DataSource}", _conn.DataSource);
            }
        }

        public async Task RunClAsync(string command, CancellationToken ct)
        {
            await OpenAsync(ct);
            using var cmd = _conn.CreateCommand();
            cmd.CommandText = "CALL QSYS2.QCMDEXC(?)";
            cmd.Parameters.Add(new OdbcParameter { Value = command });
            await cmd.ExecuteNonQueryAsync(ct);
        }

        public async Task<DataTable> QueryAsync(string sql, CancellationToken ct, params object[] args)
        {
            await OpenAsync(ct);
            using var cmd = _conn.CreateCommand();
            cmd.CommandText = sql;
            foreach (var a in args)
                cmd.Parameters.Add(new OdbcParameter { Value = a ?? DBNull.Value });
            using var reader = await cmd.ExecuteReaderAsync(ct);
            var table = new DataTable();
            table.Load(reader);
            return table;
        }

        public async ValueTask DisposeAsync()
        {
            await _conn.DisposeAsync();
        }
    }
}
