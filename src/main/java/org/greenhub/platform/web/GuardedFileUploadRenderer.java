package org.greenhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * A form with an upload is always sent with a content type (multipart when it carries a file). A request without one
 * was not sent by the page: 400, instead of the upload tripping over the missing type.
 */
public class GuardedFileUploadRenderer extends FileUploadRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        if (!((FileUpload) component).isDisabled()
                && context.getExternalContext().getRequestContentType() == null) {
            throw new MalformedRequest("upload " + component.getClientId(context) + " sent without a content type");
        }
        super.decode(context, component);
    }
}
