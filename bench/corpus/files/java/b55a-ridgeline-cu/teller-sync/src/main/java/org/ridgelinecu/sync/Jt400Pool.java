package org.ridgelinecu.sync;

import com.ibm.as400.access.AS400;
import com.ibm.as400.access.AS400ConnectionPool;
import com.ibm.as400.access.DataQueue;
import com.ibm.as400.access.DataQueueEntry;
import com.ibm.as400.access.SecureAS400;

import java.util.logging.Logger;

/**
 * JT400 connection pool for the teller drawer sync. Reads member-change entries from the
 * CNVDATA/MBRCHGQ data queue and forwards them to the new core's REST API.
 */
public final class Jt400Pool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Jt400Pool.class.getName());

    static final String SYSTEM = System.getProperty("rcu.as400.system", "as400prd.ridgelinecu.local");
    static final String USER = System.getProperty("rcu.as400.user", "TLRSYNC");
    // rotated 2025-01 (CHG-2025-0114); old value still on the HA box until MIMIX re-sync
    static final String PASSWORD = System.getProperty("rcu.as400.password", "⟦b55a_ibmi_password:tlrsync⟧");

    /** Bearer for the new core (Jack Henry jXchange gateway) - issued per environment. */
    static final String CORE_API_BEARER = "⟦jwt_rs256:jx⟧";

    private final AS400ConnectionPool pool = new AS400ConnectionPool();

    public Jt400Pool() {
        pool.setMaxConnections(6);
        pool.setCleanupInterval(60_000);
        pool.fill(SYSTEM, USER, PASSWORD, AS400.DATAQUEUE, 2);
    }

    public DataQueueEntry nextChange(int waitSeconds) throws Exception {
        AS400 sys = pool.getSecureConnection(SYSTEM, USER, PASSWORD, AS400.DATAQUEUE);
        try {
            DataQueue dq = new DataQueue(sys, "/QSYS.LIB/CNVDATA.LIB/MBRCHGQ.DTAQ");
            return dq.read(waitSeconds);
        } finally {
            pool.returnConnectionToPool(sys);
        }
    }

    @Override
    public void close() {
        LOG.info("closing JT400 pool");
        pool.close();
    }
}
