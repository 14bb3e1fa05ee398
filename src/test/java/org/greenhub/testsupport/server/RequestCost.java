package org.greenhub.testsupport.server;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.greenhub.evaluation.web.RoundResultsBean;
import org.greenhub.testsupport.ThreadStatements;

/**
 * Test deployments only: what one request of the manager's results page cost on the server, for requests that carry
 * the header {@value #HEADER}: the SQL statements its thread prepared, its thread's CPU time, and afterwards the
 * serialized size of the page's view-scoped bean and of the whole session ({@code ObjectOutputStream}, as a
 * distributable session is replicated). Thread CPU time is what the request's own thread used, so other builds on the
 * machine inflate it far less than wall time. The sizes are taken after the CPU time, so serializing is not counted.
 * Read and cleared by {@code GET test-support/request-cost?session=ID}.
 */
public final class RequestCost {

    public static final String HEADER = "X-GreenHub-Measure";

    /** One measured request. Bytes are -1 when the object was not found, -2 when it could not be serialized. */
    public record Measurement(String method, long statements, long cpuNanos, long beanBytes, long sessionBytes) {}

    private static final Map<String, List<Measurement>> BY_SESSION = new ConcurrentHashMap<>();

    private RequestCost() {}

    @WebFilter("/evaluation/manage/results.xhtml")
    public static class Filter extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request.getHeader(HEADER) == null) {
                chain.doFilter(request, response);
                return;
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            ThreadStatements.reset();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            chain.doFilter(request, response);
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            long statements = ThreadStatements.prepared();
            HttpSession session = request.getSession(false);
            if (session == null) {
                return;
            }
            long sessionBytes = 0;
            List<Object> beans = new ArrayList<>();
            for (String name : Collections.list(session.getAttributeNames())) {
                Object value = session.getAttribute(name);
                long bytes = serializedSize(value);
                sessionBytes = bytes < 0 || sessionBytes < 0 ? -2 : sessionBytes + bytes;
                find(value, RoundResultsBean.class, beans, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
            }
            // The bean of this request's view: the one most recently put is not knowable from outside, so the largest.
            long beanBytes = beans.isEmpty()
                    ? -1
                    : beans.stream()
                            .mapToLong(RequestCost::serializedSize)
                            .max()
                            .orElse(-1);
            BY_SESSION
                    .computeIfAbsent(session.getId(), id -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Measurement(request.getMethod(), statements, cpu, beanBytes, sessionBytes));
        }
    }

    @WebServlet("/test-support/request-cost")
    public static class Report extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            // the cookie may carry the node's route after a dot; the session's id does not
            String session = request.getParameter("session").split("\\.")[0];
            List<Measurement> measured = BY_SESSION.remove(session);
            JsonArrayBuilder array = Json.createArrayBuilder();
            if (measured != null) {
                synchronized (measured) {
                    for (Measurement m : measured) {
                        array.add(Json.createObjectBuilder()
                                .add("method", m.method())
                                .add("statements", m.statements())
                                .add("cpuNanos", m.cpuNanos())
                                .add("beanBytes", m.beanBytes())
                                .add("sessionBytes", m.sessionBytes()));
                    }
                }
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(array.build().toString());
        }
    }

    /** Mojarra keeps view-scoped beans in maps of maps in the session; looks a few levels deep. */
    private static void find(Object value, Class<?> type, List<Object> found, Set<Object> seen, int depth) {
        if (value == null || depth > 5 || !seen.add(value)) {
            return;
        }
        if (type.isInstance(value)) {
            found.add(value);
        } else if (value instanceof Map<?, ?> map) {
            for (Object element : new ArrayList<>(map.values())) {
                find(element, type, found, seen, depth + 1);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : new ArrayList<>(collection)) {
                find(element, type, found, seen, depth + 1);
            }
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                find(element, type, found, seen, depth + 1);
            }
        }
    }

    static long serializedSize(Object value) {
        CountingStream counter = new CountingStream();
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            out.writeObject(value);
        } catch (IOException | RuntimeException e) {
            return -2;
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
