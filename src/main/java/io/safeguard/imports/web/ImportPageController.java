package io.safeguard.imports.web;

import io.safeguard.imports.ColumnMapping;
import io.safeguard.imports.ImportReport;
import io.safeguard.imports.ImportUploads;
import io.safeguard.imports.Imports;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.ImportField;
import io.safeguard.shared.tabular.TabularImport;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import in three steps: upload a file for a kind, map its columns (suggested from the header), check it (a dry
 * run with the error report), then import all rows or none.
 */
@Controller
@RequestMapping("/t/{tenantId}/imports")
class ImportPageController {
    private static final String UPLOADS = ImportPageController.class.getName() + ".uploads";
    private final Imports imports;
    private final ImportUploads uploads;

    ImportPageController(Imports imports, ImportUploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping
    String start(TenantScope scope, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("kinds", imports.kinds());
        return "imports/start";
    }

    @PostMapping
    String upload(TenantScope scope, @RequestParam String kind, @RequestParam("file") MultipartFile file, HttpSession session,
            RedirectAttributes redirect) throws IOException {
        TabularImport target = imports.kind(kind);
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a CSV file to upload.");
            return "redirect:/t/" + scope.tenantId() + "/imports";
        }
        UUID id;
        try (InputStream in = file.getInputStream()) {
            id = uploads.store(scope.tenantId(), in);
        }
        String name = file.getOriginalFilename() == null ? "upload.csv"
                : file.getOriginalFilename().replaceAll("[^A-Za-z0-9._ -]", "_");
        uploadsOf(session).put(id, new Upload(scope.tenantId().toString(), target.kind(), name));
        return "redirect:/t/" + scope.tenantId() + "/imports/" + id;
    }

    @GetMapping("/{uploadId}")
    String mapping(TenantScope scope, @PathVariable UUID uploadId, HttpSession session, Model model) throws IOException {
        Upload upload = upload(scope, session, uploadId);
        TabularImport kind = imports.kind(upload.kind());
        try (InputStream in = uploads.open(scope.tenantId(), uploadId)) {
            var preview = imports.preview(kind, in);
            model.addAttribute("preview", preview);
            model.addAttribute("mapping", preview.suggested());
        } catch (io.safeguard.shared.tabular.CsvReader.CsvFormatException e) {
            model.addAttribute("fileProblem", "The file cannot be read as CSV: " + e.getMessage() + ".");
        }
        model.addAttribute("upload", upload);
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("kind", kind);
        return "imports/mapping";
    }

    @PostMapping("/{uploadId}")
    String check(TenantScope scope, @PathVariable UUID uploadId, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "check") String action, HttpSession session, Model model) throws IOException {
        Upload upload = upload(scope, session, uploadId);
        TabularImport kind = imports.kind(upload.kind());
        ColumnMapping mapping = mappingFrom(form, kind);
        boolean apply = action.equals("import");
        ImportReport report;
        try (InputStream in = uploads.open(scope.tenantId(), uploadId)) {
            report = imports.run(scope, kind, in, mapping, !apply, rows -> { });
        }
        if (apply && report.ok()) {
            uploads.remove(scope.tenantId(), uploadId);
            uploadsOf(session).remove(uploadId);
        }
        model.addAttribute("report", report);
        model.addAttribute("applied", apply && report.ok());
        model.addAttribute("upload", upload);
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("kind", kind);
        model.addAttribute("mapping", mapping);
        return "imports/report";
    }

    @PostMapping("/{uploadId}/cancel")
    String cancel(TenantScope scope, @PathVariable UUID uploadId, HttpSession session) throws IOException {
        upload(scope, session, uploadId);
        uploads.remove(scope.tenantId(), uploadId);
        uploadsOf(session).remove(uploadId);
        return "redirect:/t/" + scope.tenantId() + "/imports";
    }

    private static ColumnMapping mappingFrom(Map<String, String> form, TabularImport kind) {
        Map<String, Integer> columns = new HashMap<>();
        for (ImportField field : kind.fields()) {
            String value = form.get("column." + field.name());
            if (value != null && value.matches("\\d{1,4}")) {
                columns.put(field.name(), Integer.parseInt(value));
            }
        }
        return new ColumnMapping(columns);
    }

    private Upload upload(TenantScope scope, HttpSession session, UUID id) {
        scope.require(Permission.EDIT);
        Upload upload = uploadsOf(session).get(id);
        if (upload == null || !upload.tenant().equals(scope.tenantId().toString())) {
            throw new NotFound("upload", id);
        }
        return upload;
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Upload> uploadsOf(HttpSession session) {
        Object existing = session.getAttribute(UPLOADS);
        if (existing instanceof Map<?, ?> map) {
            return (Map<UUID, Upload>) map;
        }
        Map<UUID, Upload> created = new java.util.concurrent.ConcurrentHashMap<>();
        session.setAttribute(UPLOADS, created);
        return created;
    }

    record Upload(String tenant, String kind, String fileName) implements java.io.Serializable {}
}
