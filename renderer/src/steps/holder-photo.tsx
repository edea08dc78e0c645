import Box from '@mui/material/Box';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The card's photo (registration-flow.md step 5: "the photo may be shown for the person to
 * recognise themselves"). The JPEG bytes become a Blob URL only while the image is on screen:
 * the ref callback's clean-up revokes it when the view leaves (React 19 ref clean-up).
 */
export function HolderPhoto({ jpeg }: { readonly jpeg: Uint8Array }) {
  const { t } = useTranslation();
  const attach = useCallback(
    (image: HTMLImageElement | null) => {
      if (image === null) return;
      const url = URL.createObjectURL(new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }));
      image.src = url;
      return () => {
        image.removeAttribute('src');
        URL.revokeObjectURL(url);
      };
    },
    [jpeg],
  );
  return (
    <Box
      component="img"
      ref={attach}
      alt={t('confirm.photoAlt')}
      data-testid="holder-photo"
      sx={{
        width: 140,
        maxWidth: '100%',
        height: 'auto',
        borderRadius: 1,
        border: '1px solid',
        borderColor: 'divider',
      }}
    />
  );
}
