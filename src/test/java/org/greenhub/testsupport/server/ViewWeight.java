package org.greenhub.testsupport.server;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.lifecycle.LifecycleFactory;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.greenhub.testsupport.ThreadStatements;

/**
 * Test deployments only: what one request to the judge's pages weighs inside the server, for the tests and the
 * benchmark that measure the score form and the queue (issue 17). A request that carries {@value #HEADER} is measured:
 * the components of its view after rendering, the CPU time of the thread that served it, the serialized size of the
 * session afterwards (each attribute's too) and of the view state the request stored in the session (server-side
 * state saving). The last measurement of a session is read back from {@code GET test-support/view-weight} with that
 * session's cookie. Requests without the header are not touched.
 */
public final class ViewWeight {

    public static final String HEADER = "X-GreenHub-View-Weight";

    /** Mojarra's session attribute holding the server-side view states: logical view id -> (actual id -> state). */
    /** Mojarra's session attribute holding the view-scoped beans of every open view. */
    static final String VIEW_BEANS = "com.sun.faces.application.view.activeViewMaps";

    static final String LOGICAL_VIEW_MAP = "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap";

    private static final String COMPONENTS = ViewWeight.class.getName() + ".components";
    private static final String COMPONENT_TYPES = ViewWeight.class.getName() + ".componentTypes";

    private static final Map<String, String> LAST_BY_SESSION = new ConcurrentHashMap<>();
    private static final AtomicBoolean LISTENING = new AtomicBoolean();

    private ViewWeight() {}

    /** Measures the requests that ask for it: the judge's pages and the manager's round and progress pages. */
    @WebFilter({"/evaluation/judge/*", "/evaluation/manage/progress.xhtml", "/evaluation/manage/round.xhtml"})
    public static class Filter extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request.getHeader(HEADER) == null) {
                chain.doFilter(request, response);
                return;
            }
            listenToFaces();
            request.setAttribute(COMPONENTS, -1);
            HttpSession before = request.getSession(false);
            Map<String, Integer> statesBefore = before == null ? Map.of() : viewStateSizes(before, false);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            ThreadStatements.reset();
            long cpu = threads.getCurrentThreadCpuTime();
            chain.doFilter(request, response);
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
            long statements = ThreadStatements.prepared();
            HttpSession session = request.getSession(false);
            if (session == null) {
                return;
            }
            JsonObjectBuilder types = Json.createObjectBuilder();
            @SuppressWarnings("unchecked")
            Map<String, Integer> byType = (Map<String, Integer>) request.getAttribute(COMPONENT_TYPES);
            if (byType != null) {
                byType.forEach(types::add);
            }
            JsonObjectBuilder attributes = Json.createObjectBuilder();
            JsonArrayBuilder records = Json.createArrayBuilder();
            long sessionBytes = 0;
            for (String name : Collections.list(session.getAttributeNames())) {
                int size = serializedSize(session.getAttribute(name));
                attributes.add(name, size);
                sessionBytes += Math.max(size, 0);
                if (VIEW_BEANS.equals(name)) {
                    recordClasses(session.getAttribute(name)).forEach(records::add);
                }
            }
            int newStates = 0;
            for (Map.Entry<String, Integer> state :
                    viewStateSizes(session, true).entrySet()) {
                if (!statesBefore.containsKey(state.getKey())) {
                    newStates += state.getValue();
                }
            }
            LAST_BY_SESSION.put(
                    session.getId(),
                    Json.createObjectBuilder()
                            .add("components", (Integer) request.getAttribute(COMPONENTS))
                            .add("cpuNanos", cpuNanos)
                            .add("statements", statements)
                            .add("sessionBytes", sessionBytes)
                            .add("viewStateBytes", newStates)
                            .add("viewStates", viewStateSizes(session, false).size())
                            .add("attributes", attributes)
                            .add("recordsInViewBeans", records)
                            .add("componentTypes", types)
                            .build()
                            .toString());
        }
    }

    /** The last measured request of the caller's session, as JSON; 404 when there is none. */
    @WebServlet("/test-support/view-weight")
    public static class Servlet extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            HttpSession session = request.getSession(false);
            String last = session == null ? null : LAST_BY_SESSION.get(session.getId());
            if (last == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(last);
        }
    }

    /** Counts the rendered view's components, for measured requests only. */
    public static class ComponentCounter implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            Map<String, Object> requestMap = context.getExternalContext().getRequestMap();
            if (requestMap.containsKey(COMPONENTS) && context.getViewRoot() != null) {
                Map<String, Integer> byType = new java.util.TreeMap<>();
                requestMap.put(COMPONENTS, count(context.getViewRoot(), byType));
                requestMap.put(COMPONENT_TYPES, byType);
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {}

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RENDER_RESPONSE;
        }

        private static int count(UIComponent component, Map<String, Integer> byType) {
            byType.merge(component.getClass().getSimpleName(), 1, Integer::sum);
            int count = 1;
            for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
                count += count(kids.next(), byType);
            }
            return count;
        }
    }

    private static void listenToFaces() {
        if (LISTENING.compareAndSet(false, true)) {
            LifecycleFactory lifecycles = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
            lifecycles.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE).addPhaseListener(new ComponentCounter());
        }
    }

    /** Each stored view state's serialized size (or 0 unmeasured), by "logical id:actual id". */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> viewStateSizes(HttpSession session, boolean measure) {
        Object views = session.getAttribute(LOGICAL_VIEW_MAP);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        if (views instanceof Map<?, ?> logical) {
            synchronized (logical) {
                for (Map.Entry<?, ?> view : logical.entrySet()) {
                    if (view.getValue() instanceof Map<?, ?> actual) {
                        for (Map.Entry<?, ?> state : actual.entrySet()) {
                            sizes.put(
                                    view.getKey() + ":" + state.getKey(),
                                    measure ? serializedSize(state.getValue()) : 0);
                        }
                    }
                }
            }
        }
        return sizes;
    }

    /**
     * The Java record classes met in serializing a value: a cluster's session copy (JBoss Marshalling) reads each of a
     * record's fields through a method handle it looks up again every time, so records in the session are costly there
     * (docs/performance.md, session 12).
     */
    static Set<String> recordClasses(Object value) {
        Set<String> found = new TreeSet<>();
        try (ObjectOutputStream out = new ObjectOutputStream(new CountingStream()) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object object) {
                if (object != null && object.getClass().isRecord()) {
                    found.add(object.getClass().getName());
                }
                return object;
            }
        }) {
            out.writeObject(value);
        } catch (IOException | RuntimeException e) {
            found.add("(not serializable: " + e + ")");
        }
        return found;
    }

    /** Bytes of Java serialization (what a session store or replication writes); -1 when it cannot be serialized. */
    static int serializedSize(Object value) {
        CountingStream bytes = new CountingStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return (int) bytes.count;
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
