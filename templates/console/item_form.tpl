{{%AUTOESCAPE context="HTML"}}
{{! Item editor. HEADING ACTION; EXISTING (ID); TITLE DOC_NO UNIFIED_NO WRITTEN_ON KEYWORDS SUMMARY EXEMPT_REASON BODY_MD;
    VALIDITY_CHANGED_ON REPLACED_BY; NORMATIVE_OPTIONS (VALUE LABEL SELECTED) NORMATIVE_EFFECTIVE_ON NORMATIVE_EXPIRES_ON; AGENCY_OPTIONS EXEMPT_OPTIONS (ID LABEL SELECTED) TOPIC_OPTIONS GENRE_OPTIONS CATEGORY_OPTIONS VALIDITY_OPTIONS ART20_OPTIONS DISCLOSURE_OPTIONS COLUMN_OPTIONS;
    REVISION (CHANGE_NOTE; MAJOR); NEEDS_INTERPRETATION (CHECKED): a policy's release gate;
    INTERPRETATION (INTERPRETS_ID POLICY_TITLE POLICY_URL MEDIA_TEXT VIDEO_URL; FORM_OPTIONS (VALUE LABEL CHECKED); SECTIONS (N TITLE TEXT));
    ENTERPRISE_ON ENTERPRISE_AUDIENCES ENTERPRISE_CONDITIONS ENTERPRISE_MATERIALS ENTERPRISE_PROCEDURE ENTERPRISE_DEPARTMENT
    ENTERPRISE_CONTACT ENTERPRISE_STARTS_ON ENTERPRISE_ENDS_ON ENTERPRISE_BASIS (惠企政策; ENTERPRISE_ON when set);
    ERR_*; ERRORS; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/items">信息发布</a> / <span aria-current="page">{{HEADING}}</span></nav>
<header class="page-header"><h1>{{HEADING}}</h1></header>
<form class="form form-wide" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<section class="card" aria-labelledby="meta-title">
<h2 class="card-title" id="meta-title">基本信息</h2>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}">
<label for="it-title">标题</label>
{{#ERR_TITLE}}<p class="field-error" id="it-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="it-title" name="title" type="text" value="{{TITLE}}" required{{#ERR_TITLE}} aria-describedby="it-title-err" aria-invalid="true"{{/ERR_TITLE}}>
</div>
<div class="grid">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}">
<label for="it-agency">发布机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error" id="it-agency-err">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="it-agency" name="agency_id">{{#AGENCY_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AGENCY_OPTIONS}}</select>
</div>
<div class="field{{#ERR_DOC_NO}} has-error{{/ERR_DOC_NO}}">
<label for="it-docno">发文字号（可选）</label>
<p class="field-hint" id="it-docno-hint">例如 济市监发〔2020〕12号</p>
{{#ERR_DOC_NO}}<p class="field-error" id="it-docno-err">{{MSG}}</p>{{/ERR_DOC_NO}}
<input id="it-docno" name="doc_no" type="text" value="{{DOC_NO}}" aria-describedby="it-docno-hint{{#ERR_DOC_NO}} it-docno-err{{/ERR_DOC_NO}}">
</div>
<div class="field{{#ERR_WRITTEN_ON}} has-error{{/ERR_WRITTEN_ON}}">
<label for="it-written">成文日期</label>
{{#ERR_WRITTEN_ON}}<p class="field-error" id="it-written-err">{{MSG}}</p>{{/ERR_WRITTEN_ON}}
<input id="it-written" name="written_on" type="date" value="{{WRITTEN_ON}}"{{#ERR_WRITTEN_ON}} aria-describedby="it-written-err" aria-invalid="true"{{/ERR_WRITTEN_ON}}>
</div>
<div class="field{{#ERR_UNIFIED_NO}} has-error{{/ERR_UNIFIED_NO}}">
<label for="it-unified">统一编号（可选）</label>
{{#ERR_UNIFIED_NO}}<p class="field-error" id="it-unified-err">{{MSG}}</p>{{/ERR_UNIFIED_NO}}
<input id="it-unified" name="unified_no" type="text" value="{{UNIFIED_NO}}">
</div>
<div class="field">
<label for="it-validity">有效性</label>
<select id="it-validity" name="validity">{{#VALIDITY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/VALIDITY_OPTIONS}}</select>
</div>
<div class="field{{#ERR_VALIDITY_CHANGED_ON}} has-error{{/ERR_VALIDITY_CHANGED_ON}}">
<label for="it-vchanged">有效性变更日期（失效、废止、修订时填写）</label>
{{#ERR_VALIDITY_CHANGED_ON}}<p class="field-error" id="it-vchanged-err">{{MSG}}</p>{{/ERR_VALIDITY_CHANGED_ON}}
<input id="it-vchanged" name="validity_changed_on" type="date" value="{{VALIDITY_CHANGED_ON}}"{{#ERR_VALIDITY_CHANGED_ON}} aria-describedby="it-vchanged-err" aria-invalid="true"{{/ERR_VALIDITY_CHANGED_ON}}>
</div>
<div class="field{{#ERR_REPLACED_BY}} has-error{{/ERR_REPLACED_BY}}">
<label for="it-replaced">替代本信息的信息索引号（废止、修订时填写，可选）</label>
{{#ERR_REPLACED_BY}}<p class="field-error" id="it-replaced-err">{{MSG}}</p>{{/ERR_REPLACED_BY}}
<input id="it-replaced" name="replaced_by" type="text" value="{{REPLACED_BY}}" placeholder="如 11370100MB28696235/2025-00004"{{#ERR_REPLACED_BY}} aria-describedby="it-replaced-err" aria-invalid="true"{{/ERR_REPLACED_BY}}>
</div>
<div class="field">
<label for="it-normative">是否为规章或行政规范性文件</label>
<select id="it-normative" name="normative_kind" aria-describedby="it-normative-hint">{{#NORMATIVE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NORMATIVE_OPTIONS}}</select>
<p class="field-hint" id="it-normative-hint">计入年度报告表二“规章”“行政规范性文件”的制发、废止和现行有效件数；填写有效期至的，到期前 90 天在工作台提醒清理。</p>
</div>
<div class="field{{#ERR_NORMATIVE_EFFECTIVE_ON}} has-error{{/ERR_NORMATIVE_EFFECTIVE_ON}}">
<label for="it-effective">实施日期（规章、规范性文件填写）</label>
{{#ERR_NORMATIVE_EFFECTIVE_ON}}<p class="field-error" id="it-effective-err">{{MSG}}</p>{{/ERR_NORMATIVE_EFFECTIVE_ON}}
<input id="it-effective" name="normative_effective_on" type="date" value="{{NORMATIVE_EFFECTIVE_ON}}"{{#ERR_NORMATIVE_EFFECTIVE_ON}} aria-describedby="it-effective-err" aria-invalid="true"{{/ERR_NORMATIVE_EFFECTIVE_ON}}>
</div>
<div class="field{{#ERR_NORMATIVE_EXPIRES_ON}} has-error{{/ERR_NORMATIVE_EXPIRES_ON}}">
<label for="it-expires">有效期至（可选）</label>
{{#ERR_NORMATIVE_EXPIRES_ON}}<p class="field-error" id="it-expires-err">{{MSG}}</p>{{/ERR_NORMATIVE_EXPIRES_ON}}
<input id="it-expires" name="normative_expires_on" type="date" value="{{NORMATIVE_EXPIRES_ON}}"{{#ERR_NORMATIVE_EXPIRES_ON}} aria-describedby="it-expires-err" aria-invalid="true"{{/ERR_NORMATIVE_EXPIRES_ON}}>
</div>
<div class="field{{#ERR_TOPIC}} has-error{{/ERR_TOPIC}}">
<label for="it-topic">主题分类</label>
{{#ERR_TOPIC}}<p class="field-error" id="it-topic-err">{{MSG}}</p>{{/ERR_TOPIC}}
<select id="it-topic" name="topic"><option value="">（请选择）</option>{{#TOPIC_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TOPIC_OPTIONS}}</select>
</div>
<div class="field{{#ERR_CATEGORY}} has-error{{/ERR_CATEGORY}}">
<label for="it-category">组配分类</label>
<select id="it-category" name="category"><option value="">（请选择）</option>{{#CATEGORY_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/CATEGORY_OPTIONS}}</select>
</div>
<div class="field{{#ERR_GENRE}} has-error{{/ERR_GENRE}}">
<label for="it-genre">体裁</label>
<select id="it-genre" name="genre"><option value="">（请选择）</option>{{#GENRE_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/GENRE_OPTIONS}}</select>
</div>
</div>
<div class="field{{#ERR_ART20}} has-error{{/ERR_ART20}}">
<label for="it-art20">《政府信息公开条例》第二十条类别</label>
<select id="it-art20" name="art20">{{#ART20_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ART20_OPTIONS}}</select>
</div>
<div class="field{{#ERR_KEYWORDS}} has-error{{/ERR_KEYWORDS}}">
<label for="it-keywords">关键词（可选，以空格分隔）</label>
{{#ERR_KEYWORDS}}<p class="field-error" id="it-keywords-err">{{MSG}}</p>{{/ERR_KEYWORDS}}
<input id="it-keywords" name="keywords" type="text" value="{{KEYWORDS}}">
</div>
<div class="field{{#ERR_SUMMARY}} has-error{{/ERR_SUMMARY}}">
<label for="it-summary">内容概述</label>
{{#ERR_SUMMARY}}<p class="field-error" id="it-summary-err">{{MSG}}</p>{{/ERR_SUMMARY}}
<textarea id="it-summary" name="summary" rows="3">{{SUMMARY:pre_escape}}</textarea>
</div>
<fieldset class="field{{#ERR_EXEMPT_REASON}} has-error{{/ERR_EXEMPT_REASON}}">
<legend>公开方式</legend>
{{#DISCLOSURE_OPTIONS}}<div class="field-check"><input type="radio" id="it-disc-{{VALUE}}" name="disclosure" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="it-disc-{{VALUE}}">{{LABEL}}</label></div>{{/DISCLOSURE_OPTIONS}}
<label for="it-exempt-entry">不予公开事项（负面清单）</label>
{{#ERR_EXEMPT_ENTRY_ID}}<p class="field-error" id="it-exempt-entry-err">{{MSG}}</p>{{/ERR_EXEMPT_ENTRY_ID}}
<select id="it-exempt-entry" name="exempt_entry_id"{{#ERR_EXEMPT_ENTRY_ID}} aria-describedby="it-exempt-entry-err" aria-invalid="true"{{/ERR_EXEMPT_ENTRY_ID}}><option value="0">（不予公开时选择）</option>{{#EXEMPT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/EXEMPT_OPTIONS}}</select>
<label for="it-exempt">不予公开的理由和依据</label>
{{#ERR_EXEMPT_REASON}}<p class="field-error" id="it-exempt-err">{{MSG}}</p>{{/ERR_EXEMPT_REASON}}
<input id="it-exempt" name="exempt_reason" type="text" value="{{EXEMPT_REASON}}"{{#ERR_EXEMPT_REASON}} aria-describedby="it-exempt-err" aria-invalid="true"{{/ERR_EXEMPT_REASON}}>
</fieldset>
</section>
<section class="card" aria-labelledby="columns-title">
<h2 class="card-title" id="columns-title">发布栏目</h2>
{{#ERR_COLUMNS}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_COLUMNS}}
<div class="check-grid">{{#COLUMN_OPTIONS}}<div class="field-check"><input type="checkbox" id="it-col-{{ID}}" name="columns" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="it-col-{{ID}}">{{NAME}} <span class="muted">{{AGENCY}}</span></label></div>{{/COLUMN_OPTIONS}}</div>
</section>
<section class="card" aria-labelledby="related-title">
<h2 class="card-title" id="related-title">相关信息</h2>
<div class="field{{#ERR_RELATED}} has-error{{/ERR_RELATED}}">
<label for="it-related">相关信息的索引号，每行一个（如政策文件与其解读）</label>
{{#ERR_RELATED}}<p class="field-error" id="it-related-err">{{MSG}}</p>{{/ERR_RELATED}}
<textarea id="it-related" name="related" rows="2"{{#ERR_RELATED}} aria-describedby="it-related-err" aria-invalid="true"{{/ERR_RELATED}}>{{RELATED:pre_escape}}</textarea>
</div>
</section>
{{#NEEDS_INTERPRETATION}}<section class="card" aria-labelledby="gate-title">
<h2 class="card-title" id="gate-title">政策解读</h2>
<div class="field-check"><input type="checkbox" id="it-needs-jd" name="needs_interpretation" value="1"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="it-needs-jd-hint"><label for="it-needs-jd">本政策须配发解读（谁起草谁解读，同步发布）</label></div>
<p class="field-hint" id="it-needs-jd-hint">勾选后，终审通过的政策须待其解读也审核通过才同步发布；确需先行发布的，由公开办记录理由。</p>
</section>{{/NEEDS_INTERPRETATION}}
{{#INTERPRETATION}}<section class="card" aria-labelledby="jd-title">
<h2 class="card-title" id="jd-title">政策解读</h2>
<input type="hidden" name="interprets_id" value="{{INTERPRETS_ID}}">
<p>所解读的政策：<a href="{{POLICY_URL}}">{{POLICY_TITLE}}</a></p>
<fieldset class="field{{#ERR_INTERPRETATION_FORM}} has-error{{/ERR_INTERPRETATION_FORM}}">
<legend>解读形式</legend>
{{#ERR_INTERPRETATION_FORM}}<p class="field-error">{{MSG}}</p>{{/ERR_INTERPRETATION_FORM}}
{{#FORM_OPTIONS}}<div class="field-check"><input type="radio" id="it-jdform-{{VALUE}}" name="interpretation_form" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="it-jdform-{{VALUE}}">{{LABEL}}</label></div>{{/FORM_OPTIONS}}
</fieldset>
<div class="field{{#ERR_INTERPRETATION_MEDIA_TEXT}} has-error{{/ERR_INTERPRETATION_MEDIA_TEXT}}">
<label for="it-media-text">图解的完整文字说明 / 视频的文字稿（图解、视频解读必填）</label>
<p class="field-hint" id="it-media-text-hint">图解以附件形式上传 JPG 或 PNG 图片，视频上传 MP4 文件或填写下方链接；文字说明在页面上与图片、视频一同展示，供读屏软件和无法观看的读者使用。</p>
{{#ERR_INTERPRETATION_MEDIA_TEXT}}<p class="field-error" id="it-media-text-err">{{MSG}}</p>{{/ERR_INTERPRETATION_MEDIA_TEXT}}
<textarea id="it-media-text" name="interpretation_media_text" rows="5" aria-describedby="it-media-text-hint{{#ERR_INTERPRETATION_MEDIA_TEXT}} it-media-text-err{{/ERR_INTERPRETATION_MEDIA_TEXT}}">{{MEDIA_TEXT:pre_escape}}</textarea>
</div>
<div class="field{{#ERR_INTERPRETATION_VIDEO_URL}} has-error{{/ERR_INTERPRETATION_VIDEO_URL}}">
<label for="it-video-url">视频链接（视频解读，可选）</label>
{{#ERR_INTERPRETATION_VIDEO_URL}}<p class="field-error" id="it-video-url-err">{{MSG}}</p>{{/ERR_INTERPRETATION_VIDEO_URL}}
<input id="it-video-url" name="interpretation_video_url" type="url" value="{{VIDEO_URL}}" placeholder="https://"{{#ERR_INTERPRETATION_VIDEO_URL}} aria-describedby="it-video-url-err" aria-invalid="true"{{/ERR_INTERPRETATION_VIDEO_URL}}>
</div>
<h3>分节撰写</h3>
<p class="field-hint">按工作要点的解读要求分节填写，正文由填写的各节依次组成；各节都留空时，使用下方“正文”中自由撰写的内容。</p>
{{#SECTIONS}}<div class="field">
<label for="it-section-{{N}}">{{TITLE}}</label>
<textarea id="it-section-{{N}}" name="section_{{N}}" rows="3">{{TEXT:pre_escape}}</textarea>
</div>{{/SECTIONS}}
</section>{{/INTERPRETATION}}
<section class="card" aria-labelledby="enterprise-title">
<h2 class="card-title" id="enterprise-title">惠企政策</h2>
<div class="field-check"><input type="checkbox" id="it-enterprise" name="enterprise" value="1"{{#ENTERPRISE_ON}} checked{{/ENTERPRISE_ON}}><label for="it-enterprise">本信息为惠企政策（在页面上显示申报要点，并列入“惠企政策”）</label></div>
<details{{#ENTERPRISE_ON}} open{{/ENTERPRISE_ON}}><summary>申报要点</summary>
<div class="field{{#ERR_ENTERPRISE_AUDIENCES}} has-error{{/ERR_ENTERPRISE_AUDIENCES}}">
<label for="it-ent-aud">适用对象（多个以顿号分隔，如 小微企业、个体工商户）</label>
{{#ERR_ENTERPRISE_AUDIENCES}}<p class="field-error" id="it-ent-aud-err">{{MSG}}</p>{{/ERR_ENTERPRISE_AUDIENCES}}
<input id="it-ent-aud" name="enterprise_audiences" type="text" value="{{ENTERPRISE_AUDIENCES}}"{{#ERR_ENTERPRISE_AUDIENCES}} aria-describedby="it-ent-aud-err" aria-invalid="true"{{/ERR_ENTERPRISE_AUDIENCES}}>
</div>
<div class="field{{#ERR_ENTERPRISE_CONDITIONS}} has-error{{/ERR_ENTERPRISE_CONDITIONS}}">
<label for="it-ent-cond">申请条件</label>
{{#ERR_ENTERPRISE_CONDITIONS}}<p class="field-error" id="it-ent-cond-err">{{MSG}}</p>{{/ERR_ENTERPRISE_CONDITIONS}}
<textarea id="it-ent-cond" name="enterprise_conditions" rows="3"{{#ERR_ENTERPRISE_CONDITIONS}} aria-describedby="it-ent-cond-err" aria-invalid="true"{{/ERR_ENTERPRISE_CONDITIONS}}>{{ENTERPRISE_CONDITIONS:pre_escape}}</textarea>
</div>
<div class="field{{#ERR_ENTERPRISE_MATERIALS}} has-error{{/ERR_ENTERPRISE_MATERIALS}}">
<label for="it-ent-mat">申报材料清单（每行一项）</label>
{{#ERR_ENTERPRISE_MATERIALS}}<p class="field-error" id="it-ent-mat-err">{{MSG}}</p>{{/ERR_ENTERPRISE_MATERIALS}}
<textarea id="it-ent-mat" name="enterprise_materials" rows="3">{{ENTERPRISE_MATERIALS:pre_escape}}</textarea>
</div>
<div class="field{{#ERR_ENTERPRISE_PROCEDURE}} has-error{{/ERR_ENTERPRISE_PROCEDURE}}">
<label for="it-ent-proc">办理流程</label>
{{#ERR_ENTERPRISE_PROCEDURE}}<p class="field-error" id="it-ent-proc-err">{{MSG}}</p>{{/ERR_ENTERPRISE_PROCEDURE}}
<textarea id="it-ent-proc" name="enterprise_procedure" rows="3">{{ENTERPRISE_PROCEDURE:pre_escape}}</textarea>
</div>
<div class="grid">
<div class="field{{#ERR_ENTERPRISE_DEPARTMENT}} has-error{{/ERR_ENTERPRISE_DEPARTMENT}}">
<label for="it-ent-dept">承办部门</label>
{{#ERR_ENTERPRISE_DEPARTMENT}}<p class="field-error" id="it-ent-dept-err">{{MSG}}</p>{{/ERR_ENTERPRISE_DEPARTMENT}}
<input id="it-ent-dept" name="enterprise_department" type="text" value="{{ENTERPRISE_DEPARTMENT}}"{{#ERR_ENTERPRISE_DEPARTMENT}} aria-describedby="it-ent-dept-err" aria-invalid="true"{{/ERR_ENTERPRISE_DEPARTMENT}}>
</div>
<div class="field{{#ERR_ENTERPRISE_CONTACT}} has-error{{/ERR_ENTERPRISE_CONTACT}}">
<label for="it-ent-contact">联系方式</label>
{{#ERR_ENTERPRISE_CONTACT}}<p class="field-error" id="it-ent-contact-err">{{MSG}}</p>{{/ERR_ENTERPRISE_CONTACT}}
<input id="it-ent-contact" name="enterprise_contact" type="text" value="{{ENTERPRISE_CONTACT}}"{{#ERR_ENTERPRISE_CONTACT}} aria-describedby="it-ent-contact-err" aria-invalid="true"{{/ERR_ENTERPRISE_CONTACT}}>
</div>
<div class="field{{#ERR_ENTERPRISE_STARTS_ON}} has-error{{/ERR_ENTERPRISE_STARTS_ON}}">
<label for="it-ent-starts">申报开始日期（可选）</label>
{{#ERR_ENTERPRISE_STARTS_ON}}<p class="field-error" id="it-ent-starts-err">{{MSG}}</p>{{/ERR_ENTERPRISE_STARTS_ON}}
<input id="it-ent-starts" name="enterprise_starts_on" type="date" value="{{ENTERPRISE_STARTS_ON}}"{{#ERR_ENTERPRISE_STARTS_ON}} aria-describedby="it-ent-starts-err" aria-invalid="true"{{/ERR_ENTERPRISE_STARTS_ON}}>
</div>
<div class="field{{#ERR_ENTERPRISE_ENDS_ON}} has-error{{/ERR_ENTERPRISE_ENDS_ON}}">
<label for="it-ent-ends">申报截止日期（可选）</label>
{{#ERR_ENTERPRISE_ENDS_ON}}<p class="field-error" id="it-ent-ends-err">{{MSG}}</p>{{/ERR_ENTERPRISE_ENDS_ON}}
<input id="it-ent-ends" name="enterprise_ends_on" type="date" value="{{ENTERPRISE_ENDS_ON}}"{{#ERR_ENTERPRISE_ENDS_ON}} aria-describedby="it-ent-ends-err" aria-invalid="true"{{/ERR_ENTERPRISE_ENDS_ON}}>
</div>
</div>
<div class="field{{#ERR_ENTERPRISE_BASIS}} has-error{{/ERR_ENTERPRISE_BASIS}}">
<label for="it-ent-basis">政策依据</label>
{{#ERR_ENTERPRISE_BASIS}}<p class="field-error" id="it-ent-basis-err">{{MSG}}</p>{{/ERR_ENTERPRISE_BASIS}}
<textarea id="it-ent-basis" name="enterprise_basis" rows="2">{{ENTERPRISE_BASIS:pre_escape}}</textarea>
</div>
</details>
</section>
<section class="card" aria-labelledby="body-title">
<h2 class="card-title" id="body-title">正文</h2>
<div class="field{{#ERR_BODY_MD}} has-error{{/ERR_BODY_MD}}">
<label for="it-body">正文（Markdown 格式：空行分段，### 为小标题）</label>
{{#ERR_BODY_MD}}<p class="field-error" id="it-body-err">{{MSG}}</p>{{/ERR_BODY_MD}}
<textarea id="it-body" name="body_md" rows="18">{{BODY_MD:pre_escape}}</textarea>
</div>
</section>
{{#REVISION}}
<section class="card" aria-labelledby="revision-title">
<h2 class="card-title" id="revision-title">修订说明</h2>
<div class="field{{#ERR_CHANGE_NOTE}} has-error{{/ERR_CHANGE_NOTE}}">
<label for="it-change-note">本次修订的内容（提交审核前必填）</label>
{{#ERR_CHANGE_NOTE}}<p class="field-error" id="it-change-note-err">{{MSG}}</p>{{/ERR_CHANGE_NOTE}}
<textarea id="it-change-note" name="change_note" rows="2">{{CHANGE_NOTE:pre_escape}}</textarea>
</div>
<div class="field-check"><input type="checkbox" id="it-major" name="change_major" value="1"{{#MAJOR}} checked{{/MAJOR}}><label for="it-major">重要修订（在公开页面的“修订记录”中列出）</label></div>
</section>
{{/REVISION}}
<section class="card" aria-labelledby="schedule-title">
<h2 class="card-title" id="schedule-title">定时发布</h2>
<div class="field">
<label for="it-publish-at">发布时间（可选，北京时间）</label>
<p class="field-hint" id="it-publish-at-hint">留空则在终审通过时立即发布；填写将来的时间则终审通过后到时自动发布。</p>
<input id="it-publish-at" name="publish_at" type="datetime-local" value="{{PUBLISH_AT}}" aria-describedby="it-publish-at-hint">
</div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存草稿</button> {{#EXISTING}}<a class="btn btn-secondary" href="/console/items/{{ID}}">取消</a>{{/EXISTING}}</div>
</form>
