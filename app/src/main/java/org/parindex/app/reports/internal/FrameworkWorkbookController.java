package org.parindex.app.reports.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.parindex.app.accounts.Access;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkWriter;
import org.parindex.core.problem.BadInputException;
import org.parindex.documents.xlsx.FrameworkWorkbook;
import org.parindex.documents.xlsx.FrameworkWorkbookReader;
import org.parindex.documents.xlsx.SafeWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Framework workbooks: the template and any version's workbook for everyone who reads frameworks; for admins,
 * a filled workbook → preview (the framework as core reads it, or every problem as Sheet!Cell: message) → confirm,
 * which stores it as a framework version (a new revision when the code exists), with its audit entry.
 */
@Controller
class FrameworkWorkbookController {

    private final Frameworks frameworks;
    private final FrameworkImports imports;

    FrameworkWorkbookController(Frameworks frameworks, FrameworkImports imports) {
        this.frameworks = frameworks;
        this.imports = imports;
    }

    @GetMapping("/frameworks/template.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("mau-bo-chi-so", FrameworkWorkbook.template());
    }

    @GetMapping("/frameworks/{id}/workbook.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        FrameworkVersion v = frameworks.byId(id).orElseThrow(() -> new NotFoundException("framework " + id));
        return Downloads.xlsx(v.code() + "-" + v.revision(), FrameworkWorkbook.write(v.framework()));
    }

    @PostMapping("/admin/frameworks/preview")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response) throws IOException {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        model.addAttribute("fileName", shown(name));
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException(name.isEmpty() ? "file" : name, 0, "no workbook chosen, or an empty file");
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = SafeWorkbook.readBounded(in, name);
            }
            Framework framework = FrameworkWorkbookReader.read(bytes, name);
            String source = FrameworkWriter.write(framework);
            model.addAttribute("framework", framework);
            model.addAttribute("existing", same(framework.id(), source));
            model.addAttribute("revisions", frameworks.all().stream().filter(v -> v.code().equals(framework.id())).count());
            model.addAttribute("token", imports.stage(Access.viewer().username(), shown(name), framework.id(), source));
        } catch (BadInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        }
        return "reports/framework-preview";
    }

    /** The stored version of the code that is the same framework as core reads it (its file may be laid out otherwise). */
    private FrameworkVersion same(String code, String source) {
        return frameworks.all().stream().filter(v -> v.code().equals(code))
                .filter(v -> FrameworkWriter.write(v.framework()).equals(source)).findFirst().orElse(null);
    }

    /** An uploaded file's name as the audit and the page show it: at most 100 characters, no control characters. */
    private static String shown(String name) {
        String cut = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    @PostMapping("/admin/frameworks/import")
    String apply(@RequestParam String token, RedirectAttributes redirect) {
        return imports.apply(token, Access.viewer().username())
                .map(v -> "redirect:/frameworks/" + v.id())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("expired", true);
                    return "redirect:/frameworks";
                });
    }
}
