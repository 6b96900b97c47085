import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/locale/zh_CN';
import antdEnUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { en, zh, type MessageKey, type Messages } from './messages';

export type Language = 'zh' | 'en';

const STORAGE_KEY = 'gridgov.language';

const catalogue: Record<Language, { messages: Messages; antd: AntdLocale; htmlLang: string; dayjs: string }> = {
  zh: { messages: zh, antd: antdZhCN, htmlLang: 'zh-CN', dayjs: 'zh-cn' },
  en: { messages: en, antd: antdEnUS, htmlLang: 'en', dayjs: 'en' },
};

type Params = Record<string, string | number>;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'zh' ? stored : 'zh';
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Holds the UI language and switches antd's locale (and dayjs's, for the date pickers) with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = catalogue[language].htmlLang;
    document.title = catalogue[language].messages['app.title'];
  }, [language]);

  const value = useMemo<I18n>(() => {
    const { messages } = catalogue[language];
    // Before the pickers render: their month and weekday names come from dayjs's locale.
    dayjs.locale(catalogue[language].dayjs);
    return {
      language,
      setLanguage,
      t: (key, params) => interpolate(messages[key], params),
    };
  }, [language, setLanguage]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={catalogue[language].antd}>{children}</ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
