package org.parindex.app.bundles.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parindex.app.accounts.Access;
import org.parindex.app.bundles.BundleExport;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.bundles.ImportPlan;
import org.parindex.app.bundles.SafeFolder;
import org.parindex.app.bundles.SafeZip;
import org.parindex.app.bundles.UnsafeUploadException;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.bundle.Codes;
import org.parindex.core.problem.BadInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
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
    private final SafeFolder folder;

    BundleAdminController(BundleImport imports, BundleExport exports, Periods periods, StagedImports staged,
                          ImportLimits limits) {
        this.imports = imports;
        this.exports = exports;
        this.periods = periods;
        this.staged = staged;
        this.zip = new SafeZip(limits.maxEntries(), limits.maxUncompressedBytes());
        this.folder = new SafeFolder(limits.maxEntries(), limits.maxUncompressedBytes());
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("periods", periods.all());
        return "bundles/index";
    }

    @PostMapping("/preview")
    String preview(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        return preview(file.getOriginalFilename(), "zip", into -> zip.extract(file.getBytes(), into), model, response);
    }

    /**
     * A bundle folder ({@code <input type=file webkitdirectory multiple name=files>}): each part's file name is its
     * path relative to the chosen folder, as browsers send it. Parts without a name (an empty input) are ignored.
     */
    @PostMapping("/preview-folder")
    String previewFolder(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                         HttpServletResponse response) throws IOException {
        List<Part> parts = files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
                .map(Part::new).toList();
        model.addAttribute("fileCount", parts.size());
        return preview(parts.isEmpty() ? "" : folderName(parts), "folder", into -> folder.write(parts, into), model,
                response);
    }

    /** How the files of an upload arrive in a fresh folder; the rest (check, preview, staging) is shared. */
    private interface Unpack {
        Path into(Path dir) throws IOException;
    }

    private record Part(MultipartFile file) implements SafeFolder.Upload {
        @Override
        public String path() {
            return file.getOriginalFilename();
        }

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }

    /** The chosen folder's name (the first path segment browsers send), or empty. */
    private static String folderName(List<Part> parts) {
        String first = parts.get(0).path();
        int slash = first.indexOf('/');
        return slash > 0 ? first.substring(0, slash + 1) : "";
    }

    private String preview(String fileName, String source, Unpack unpack, Model model, HttpServletResponse response)
            throws IOException {
        Path dir = Files.createTempDirectory("parindex-upload");
        try {
            ImportPlan plan = imports.prepare(unpack.into(dir));
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
        model.addAttribute("fileName", fileName);
        model.addAttribute("source", source);
        return "bundles/preview";
    }

    /** A POST that is no multipart upload at all (no file chosen, a hand-made request): refused like an empty one. */
    @ExceptionHandler(MultipartException.class)
    String notAnUpload(MultipartException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("source", request.getRequestURI().endsWith("/preview-folder") ? "folder" : "zip");
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        model.addAttribute("refused", tooLarge ? "too-large" : "empty");
        model.addAttribute("detail", tooLarge ? e.getMessage() : "");
        model.addAttribute("fileName", "");
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
        for (String code : chosen) {
            if (periods.find(code).isEmpty()) {
                throw new NotFoundException("period " + Codes.shown(code));
            }
        }
        String name = chosen.size() == 1 ? "parindex-" + chosen.get(0) + ".zip" : "parindex.zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        exports.write(chosen, response.getOutputStream());
    }
}
