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
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Codes;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.BundleWriter;
import org.parindex.documents.xlsx.SafeWorkbook;
import org.parindex.documents.xlsx.ScoresWorkbook;
import org.parindex.documents.xlsx.ScoresWorkbookReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /**
     * A scores workbook for one stored period: the period is exported as a bundle, its score rows replaced by the
     * workbook's (every problem as Sheet!Cell: message), and the result goes through the same check → preview → confirm.
     */
    @PostMapping("/preview-scores-xlsx")
    String previewScores(@RequestParam(name = "workbook", required = false) MultipartFile file,
                         @RequestParam(required = false) String period, Model model, HttpServletResponse response)
            throws IOException {
        String name = file == null || file.getOriginalFilename() == null ? "scores.xlsx" : file.getOriginalFilename();
        return preview(name, "xlsx", into -> {
            if (file == null || file.isEmpty()) {
                throw new BadInputException(name, 0, "no workbook chosen, or an empty file");
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = SafeWorkbook.readBounded(in, name);
            }
            Bundle stored = stored(period, into);
            Period p = stored.period(period).orElseThrow();
            List<ScoreRow> rows = ScoresWorkbookReader.read(bytes, name, p, stored.unitsByCode());
            Path out = into.resolve("bundle");
            BundleWriter.write(new Bundle(stored.title(), stored.assessor(), stored.demo(), stored.units(), List.of(
                    new Period(p.code(), p.name(), p.frameworkPath(), p.framework(), p.scoresPath(), rows, p.announced(),
                            p.from(), p.to()))), out);
            return out;
        }, model, response);
    }

    /** The scores workbook of a stored period, laid out as the import reads it. */
    @GetMapping("/scores.xlsx")
    ResponseEntity<byte[]> scoresWorkbook(@RequestParam String period) throws IOException {
        Path dir = Files.createTempDirectory("parindex-scores");
        try {
            Bundle stored = stored(period, dir);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bang-diem-" + period + ".xlsx\"")
                    .body(ScoresWorkbook.write(stored, stored.period(period).orElseThrow()));
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** One stored period as core reads it back from its export. */
    private Bundle stored(String period, Path dir) throws IOException {
        if (period == null || periods.find(period).isEmpty()) {
            throw new NotFoundException("period " + Codes.shown(period));
        }
        Path zipFile = dir.resolve("stored.zip");
        try (var out = Files.newOutputStream(zipFile)) {
            exports.write(List.of(period), out);
        }
        return BundleReader.read(zipFile);
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
