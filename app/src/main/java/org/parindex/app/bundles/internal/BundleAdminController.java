package org.parindex.app.bundles.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parindex.app.accounts.Access;
import org.parindex.app.bundles.BundleExport;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.bundles.ImportPlan;
import org.parindex.app.bundles.SafeZip;
import org.parindex.app.bundles.UnsafeUploadException;
import org.parindex.app.periods.Periods;
import org.parindex.core.problem.BadInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: upload a bundle, see what it would change and every problem, confirm; export periods as a bundle. */
@Controller
@RequestMapping("/admin/bundles")
class BundleAdminController {

    private final BundleImport imports;
    private final BundleExport exports;
    private final Periods periods;
    private final StagedImports staged;
    private final SafeZip zip;

    BundleAdminController(BundleImport imports, BundleExport exports, Periods periods, StagedImports staged,
                          @Value("${parindex.import.max-entries:2000}") int maxEntries,
                          @Value("${parindex.import.max-uncompressed-bytes:104857600}") long maxBytes) {
        this.imports = imports;
        this.exports = exports;
        this.periods = periods;
        this.staged = staged;
        this.zip = new SafeZip(maxEntries, maxBytes);
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("periods", periods.all());
        return "bundles/index";
    }

    @PostMapping("/preview")
    String preview(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        Path dir = Files.createTempDirectory("parindex-upload");
        try {
            ImportPlan plan = imports.prepare(zip.extract(file.getBytes(), dir));
            model.addAttribute("preview", plan.preview());
            model.addAttribute("token", staged.stage(Access.viewer().username(), plan));
        } catch (UnsafeUploadException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refused", e.code());
            model.addAttribute("detail", e.detail());
        } catch (BadInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "bundles/preview";
    }

    @PostMapping("/import")
    String apply(@RequestParam String token, RedirectAttributes redirect) {
        String user = Access.viewer().username();
        return staged.take(token, user).map(plan -> {
            imports.apply(plan, user);
            redirect.addFlashAttribute("imported", plan.preview().title());
            return "redirect:/admin/bundles";
        }).orElseGet(() -> {
            redirect.addFlashAttribute("expired", true);
            return "redirect:/admin/bundles";
        });
    }

    @GetMapping("/export")
    void export(@RequestParam(name = "period", required = false) List<String> codes, HttpServletResponse response)
            throws IOException {
        List<String> chosen = codes == null ? List.of() : codes;
        String name = chosen.size() == 1 ? "parindex-" + chosen.get(0) + ".zip" : "parindex.zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        exports.write(chosen, response.getOutputStream());
    }
}
