package dk.borgerraadgiver;

import dk.borgerraadgiver.inquiry.AttachmentKeyset;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The citizen-advisor portal: booking, inquiries, case registration and statistics. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    /**
     * Starts the portal; {@code new-keyset} instead prints a fresh attachment keyset for
     * {@code INQUIRY_KEYSET} and exits (README, "Production").
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "new-keyset".equals(args[0])) {
            System.out.println(AttachmentKeyset.newJson().strip());
            return;
        }
        SpringApplication.run(PortalApplication.class, args);
    }
}
